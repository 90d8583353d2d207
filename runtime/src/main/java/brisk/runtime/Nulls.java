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
}
