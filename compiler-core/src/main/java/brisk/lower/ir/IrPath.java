package brisk.lower.ir;

import java.util.List;

/**
 * A Rust item path whose first segment is the crate's unique symbol name in the build (chosen by
 * the driver; two versions of one crate get different names), e.g. {@code [c00, m0, f0]}.
 * Segments are plain identifiers ({@code r#} stripped). Lower may add synthetic segments
 * containing {@code $} (impl methods, monomorphized instances, tuple structs): no Rust identifier
 * contains {@code $}, so they cannot collide with source names.
 */
public record IrPath(List<String> segments) {
    public IrPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("empty path");
        }
        for (String s : segments) {
            if (!isLegalSegment(s)) {
                throw new IllegalArgumentException("illegal path segment '" + s + "' in " + segments);
            }
        }
    }

    public static IrPath of(String... segments) {
        return new IrPath(List.of(segments));
    }

    /** The path of the item {@code name} inside this module. */
    public IrPath child(String name) {
        var all = new java.util.ArrayList<>(segments);
        all.add(name);
        return new IrPath(all);
    }

    public String last() {
        return segments.getLast();
    }

    /**
     * Segments must be usable in JVM class and method names: not empty and none of {@code . ; [ / < >}
     * (Rust identifiers never contain them).
     */
    public static boolean isLegalSegment(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '.', ';', '[', '/', '<', '>' -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.join("::", segments);
    }
}
