package brisk.resolve;

import java.util.List;
import java.util.Map;

/** Outcome of walking a path through module scopes. */
public sealed interface PathResolution {
    /**
     * The path resolved: the bindings of its last segment per namespace. When the walk stopped
     * at a type ({@code Vec::new}), {@code resolvedSegments} is less than the path's length and
     * the rest are associated items for type checking to find. {@code trail} holds the binding
     * each intermediate segment went through, for privacy checks.
     */
    record Found(Map<Namespace, Binding> perNs, int resolvedSegments, List<Binding> trail)
            implements PathResolution {
        public Found {
            perNs = Map.copyOf(perNs);
            trail = List.copyOf(trail);
        }
    }

    /** Segment {@code segment} could not be found; {@code label}/{@code help} say why, as rustc does. */
    record Failed(int segment, String label, String help) implements PathResolution {}
}
