package brisk.items;

import brisk.base.TextRange;
import java.util.List;

/**
 * A path as written ({@code crate::m::Foo<T>}), lowered from syntax.
 *
 * @param anchor       what the path starts from
 * @param superCount   for {@link Anchor#SUPER}, how many leading {@code super}s
 * @param segments     the named segments after the anchor keywords
 * @param range        the range of the whole path, relative to the owning item's start
 */
public record Path(Anchor anchor, int superCount, List<Segment> segments, TextRange range) {
    public Path {
        segments = List.copyOf(segments);
    }

    public enum Anchor { PLAIN, CRATE, SELF, SUPER, GLOBAL }

    /** One segment with its generic arguments; {@code range} is the segment name's range (relative). */
    public record Segment(String name, List<TypeRef> genericArgs, TextRange range) {
        /** Name of a qualified segment ({@code <T as Trait>}), resolved by type checking, not here. */
        public static final String QUALIFIED = "<qualified>";
        /** Name of a segment the parser could not read; the parser reported it already. */
        public static final String MISSING = "<missing>";

        public Segment {
            genericArgs = List.copyOf(genericArgs);
        }

        public boolean isPlaceholder() {
            return name.equals(QUALIFIED) || name.equals(MISSING);
        }
    }

    public boolean isSingleName() {
        return anchor == Anchor.PLAIN && segments.size() == 1;
    }

    public String lastName() {
        return segments.isEmpty() ? null : segments.getLast().name();
    }

    /** The path as Rust source, without generic arguments: {@code crate::m::Foo}. */
    public String display() {
        var sb = new StringBuilder();
        switch (anchor) {
            case CRATE -> sb.append("crate");
            case SELF -> sb.append("self");
            case SUPER -> sb.append(String.join("::", java.util.Collections.nCopies(superCount, "super")));
            case GLOBAL, PLAIN -> { }
        }
        for (var seg : segments) {
            if (!sb.isEmpty() || anchor == Anchor.GLOBAL) {
                sb.append("::");
            }
            sb.append(seg.name());
        }
        return sb.toString();
    }
}
