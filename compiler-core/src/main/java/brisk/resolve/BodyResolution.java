package brisk.resolve;

import brisk.base.TextRange;
import brisk.items.ItemDiagnostic;
import java.util.List;

/**
 * What the paths of one fn body resolve to, and the diagnostics for those that do not. Ranges
 * are relative to the body's start. Type inference reads {@link #paths} instead of resolving again.
 */
public record BodyResolution(List<ResolvedPath> paths, List<ItemDiagnostic> diagnostics) {
    public BodyResolution {
        paths = List.copyOf(paths);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A path expression or pattern at {@code range}: a local binding (by its pattern's range) or a definition. */
    public record ResolvedPath(TextRange range, TextRange local, Def def) {}
}
