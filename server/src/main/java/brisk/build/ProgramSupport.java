package brisk.build;

import brisk.runtime.FmtSpec;
import brisk.runtime.Formatter;
import brisk.runtime.RStr;
import brisk.runtime.RString;

/**
 * Glue compiled programs call where the IR cannot express the runtime's API directly (a
 * constructor, an upcast to {@code Object}). It runs in the program's JVM, next to the runtime;
 * it belongs in {@code brisk.runtime} and lives here only until the runtime offers these entries.
 */
public final class ProgramSupport {
    private ProgramSupport() {}

    /** A Formatter writing into {@code sink} with default options ({@code {}}). */
    public static Formatter formatter(RString sink) {
        return new Formatter(sink);
    }

    /** A Formatter writing into {@code sink} with one placeholder's options. */
    public static Formatter formatter(RString sink, FmtSpec spec) {
        return new Formatter(sink, spec);
    }

    // Vec<T> and &[T] hold boxed elements; the IR has no upcast, so boxing goes through these.

    public static Object box(int v) {
        return v;
    }

    public static Object box(long v) {
        return v;
    }

    public static Object box(float v) {
        return v;
    }

    public static Object box(double v) {
        return v;
    }

    public static Object box(boolean v) {
        return v;
    }

    public static Object box(RString v) {
        return v;
    }

    public static Object box(RStr v) {
        return v;
    }

    public static int unboxInt(Object v) {
        return (Integer) v;
    }

    public static long unboxLong(Object v) {
        return (Long) v;
    }

    public static float unboxFloat(Object v) {
        return (Float) v;
    }

    public static double unboxDouble(Object v) {
        return (Double) v;
    }

    public static boolean unboxBoolean(Object v) {
        return (Boolean) v;
    }

    public static RString unboxRString(Object v) {
        return (RString) v;
    }

    public static RStr unboxRStr(Object v) {
        return (RStr) v;
    }

    public static boolean strEq(RStr a, RStr b) {
        return a.equals(b);
    }

    public static boolean strEq(RString a, RString b) {
        return a.equals(b);
    }

    public static boolean strEq(RStr a, RString b) {
        return a.equals(b.asStr());
    }

    public static boolean strEq(RString a, RStr b) {
        return a.asStr().equals(b);
    }
}
