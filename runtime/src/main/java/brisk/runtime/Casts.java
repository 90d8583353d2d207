package brisk.runtime;

/**
 * Rust {@code as} casts in brisk's JVM representation (see {@link Arith}). Integer-to-integer
 * casts truncate or extend two's complement; float-to-int casts saturate and map NaN to 0;
 * int-to-float casts round to nearest-even (including u64 values at or above 2^63);
 * {@code u8 as char} is the code point; {@code char as uN} truncates the code point.
 */
public final class Casts {
    private Casts() {}

    // ---- int -> narrow int: normalise the low bits ----
    public static int toI8(int v) { return (byte) v; }
    public static int toI16(int v) { return (short) v; }
    public static int toU8(int v) { return v & 0xFF; }
    public static int toU16(int v) { return v & 0xFFFF; }
    public static int toI8(long v) { return (byte) v; }
    public static int toI16(long v) { return (short) v; }
    public static int toU8(long v) { return (int) (v & 0xFF); }
    public static int toU16(long v) { return (int) (v & 0xFFFF); }
    /** i64/u64 → i32/u32 keeps the low 32 bits. */
    public static int toI32(long v) { return (int) v; }

    /** Widening of a u32 bit pattern to i64/u64. (Signed sources widen with a plain {@code i2l}.) */
    public static long u32ToI64(int v) { return Integer.toUnsignedLong(v); }

    // ---- float -> int: saturating, NaN -> 0 ----
    public static int f64ToI8(double v) { return (int) Math.max(-128, Math.min(127, (long) v)); }
    public static int f64ToI16(double v) { return (int) Math.max(-32768, Math.min(32767, (long) v)); }
    /** Java's d2i already saturates and maps NaN to 0, exactly like Rust. */
    public static int f64ToI32(double v) { return (int) v; }
    public static long f64ToI64(double v) { return (long) v; }
    public static int f64ToU8(double v) { return (int) Math.max(0, Math.min(255, (long) v)); }
    public static int f64ToU16(double v) { return (int) Math.max(0, Math.min(65535, (long) v)); }
    public static int f64ToU32(double v) { return (int) Math.max(0, Math.min(0xFFFF_FFFFL, (long) v)); }

    public static long f64ToU64(double v) {
        if (!(v > 0)) {
            return 0; // negative, -0.0, 0 and NaN
        }
        if (v >= 0x1p64) {
            return -1L;
        }
        if (v < 0x1p63) {
            return (long) v;
        }
        return (long) (v - 0x1p63) ^ Long.MIN_VALUE;
    }

    public static int f32ToI8(float v) { return f64ToI8(v); }
    public static int f32ToI16(float v) { return f64ToI16(v); }
    public static int f32ToI32(float v) { return (int) v; }
    public static long f32ToI64(float v) { return (long) v; }
    public static int f32ToU8(float v) { return f64ToU8(v); }
    public static int f32ToU16(float v) { return f64ToU16(v); }
    public static int f32ToU32(float v) { return f64ToU32(v); }
    public static long f32ToU64(float v) { return f64ToU64(v); }

    // ---- int -> float ----
    public static double u32ToF64(int v) { return Integer.toUnsignedLong(v); }
    /** Exact: a u32 has at most 32 significant bits, rounded once by l2f. */
    public static float u32ToF32(int v) { return Integer.toUnsignedLong(v); }

    public static double u64ToF64(long v) {
        if (v >= 0) {
            return v;
        }
        // Halve keeping the lost bit as a sticky bit so the final rounding is still correct.
        return (double) ((v >>> 1) | (v & 1)) * 2.0;
    }

    public static float u64ToF32(long v) {
        if (v >= 0) {
            return v;
        }
        return (float) ((v >>> 1) | (v & 1)) * 2.0f;
    }

    /** {@code f64 as f32}: round to nearest-even, overflow to infinity (Java's d2f). */
    public static float f64ToF32(double v) { return (float) v; }

    // ---- char / bool ----
    /** {@code u8 as char}. */
    public static int u8ToChar(int v) { return v & 0xFF; }
    public static int charToU8(int c) { return c & 0xFF; }
    public static int charToU16(int c) { return c & 0xFFFF; }
    public static int boolToInt(boolean b) { return b ? 1 : 0; }
    public static long boolToLong(boolean b) { return b ? 1L : 0L; }
}
