package brisk.runtime;

/**
 * Null tests for runtime results where null stands for {@code None} ({@code strip_prefix},
 * {@code str::get}): generated code has no null constant, so it asks here.
 */
public final class Nulls {
    private Nulls() {}

    public static boolean isSome(RStr s) {
        return s != null;
    }

    public static boolean isSome(RString s) {
        return s != null;
    }

    public static boolean isSome(Object o) {
        return o != null;
    }

    /** {@code s.get(start..end)} once the range is known to be in bounds ({@code inRange}): null off a char boundary. */
    public static RStr pieceOrNull(RStr s, boolean inRange, long start, long end) {
        return inRange ? s.get(start, end) : null;
    }
}
