package brisk.build;

import brisk.runtime.Fmt;
import brisk.runtime.FmtSpec;
import brisk.runtime.RSlice;
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

    /**
     * {@code {:?}} of a slice whose boxed elements are of the scalar or string type named by
     * {@code element} (a Rust type name: {@code i32}, {@code u8}, {@code f64}, {@code bool},
     * {@code char}, {@code str}, {@code String}).
     */
    public static void debugSlice(Formatter f, RSlice s, String element) {
        brisk.runtime.ValueFmt fmt = switch (element) {
            case "i8" -> (g, v) -> Fmt.debugSigned(g, (Integer) v, 8);
            case "i16" -> (g, v) -> Fmt.debugSigned(g, (Integer) v, 16);
            case "i32" -> (g, v) -> Fmt.debugSigned(g, (Integer) v, 32);
            case "i64", "isize" -> (g, v) -> Fmt.debugSigned(g, (Long) v, 64);
            case "u8" -> (g, v) -> Fmt.debugUnsigned(g, (Integer) v, 8);
            case "u16" -> (g, v) -> Fmt.debugUnsigned(g, (Integer) v, 16);
            case "u32" -> (g, v) -> Fmt.debugUnsigned(g, Integer.toUnsignedLong((Integer) v), 32);
            case "u64", "usize" -> (g, v) -> Fmt.debugUnsigned(g, (Long) v, 64);
            case "f64" -> (g, v) -> Fmt.debugF64(g, (Double) v);
            case "f32" -> (g, v) -> Fmt.debugF32(g, (Float) v);
            case "bool" -> (g, v) -> Fmt.displayBool(g, (Boolean) v);
            case "char" -> (g, v) -> Fmt.debugChar(g, (Integer) v);
            case "str" -> (g, v) -> Fmt.debugStr(g, (RStr) v);
            case "String" -> (g, v) -> Fmt.debugStr(g, (RString) v);
            default -> throw new IllegalArgumentException("no Debug for slice elements of type " + element);
        };
        Fmt.debugSlice(f, s, fmt);
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
