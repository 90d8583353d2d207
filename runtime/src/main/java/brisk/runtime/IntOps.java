package brisk.runtime;

/**
 * Integer methods beyond the operators ({@link Arith}): {@code saturating_*}, the overflow tests
 * behind {@code checked_*}/{@code overflowing_*} (codegen builds {@code checked_add} as
 * {@code addOverflows ? None : Some(wrapping result)}), {@code rem_euclid}/{@code div_euclid}
 * with their debug-build panics, and {@code abs_diff}. Same representation as {@link Arith};
 * "narrow" methods take the type's bit width and signedness for i8/i16/u8/u16 values in ints.
 */
public final class IntOps {
    private IntOps() {}

    // ---- range of a type of at most 32 bits (as long bounds) ----

    private static long min(int bits, boolean signed) {
        return signed ? -(1L << (bits - 1)) : 0;
    }

    private static long max(int bits, boolean signed) {
        return signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
    }

    /** Widens an int-represented value of a type of at most 32 bits to its mathematical value. */
    private static long value(int v, int bits, boolean signed) {
        return signed || bits < 32 ? v : Integer.toUnsignedLong(v);
    }

    private static int saturate(long r, int bits, boolean signed) {
        return (int) Math.max(min(bits, signed), Math.min(max(bits, signed), r));
    }

    // ---- types of at most 32 bits ----

    public static int saturatingAdd(int a, int b, int bits, boolean signed) {
        return saturate(value(a, bits, signed) + value(b, bits, signed), bits, signed);
    }

    public static int saturatingSub(int a, int b, int bits, boolean signed) {
        return saturate(value(a, bits, signed) - value(b, bits, signed), bits, signed);
    }

    public static int saturatingMul(int a, int b, int bits, boolean signed) {
        long x = value(a, bits, signed);
        long y = value(b, bits, signed);
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if (hi != (lo >> 63)) {
            return saturate(hi < 0 ? Long.MIN_VALUE : Long.MAX_VALUE, bits, signed);
        }
        return saturate(lo, bits, signed);
    }

    public static boolean addOverflows(int a, int b, int bits, boolean signed) {
        return outOfRange(value(a, bits, signed) + value(b, bits, signed), bits, signed);
    }

    public static boolean subOverflows(int a, int b, int bits, boolean signed) {
        return outOfRange(value(a, bits, signed) - value(b, bits, signed), bits, signed);
    }

    public static boolean mulOverflows(int a, int b, int bits, boolean signed) {
        long x = value(a, bits, signed);
        long y = value(b, bits, signed);
        return Math.multiplyHigh(x, y) != ((x * y) >> 63) || outOfRange(x * y, bits, signed);
    }

    private static boolean outOfRange(long r, int bits, boolean signed) {
        return r < min(bits, signed) || r > max(bits, signed);
    }

    /** {@code checked_div}/{@code checked_rem} is {@code None} when this holds. */
    public static boolean divFails(int a, int b, int bits, boolean signed) {
        return b == 0 || (signed && value(a, bits, true) == min(bits, true) && b == -1);
    }

    /** {@code rem_euclid} (debug build: panics like {@code %}). */
    public static int remEuclid(int a, int b, int bits, boolean signed, String loc) {
        if (b == 0) {
            throw Panic.panic(Arith.REM_ZERO, loc);
        }
        if (!signed) {
            return bits == 32 ? Integer.remainderUnsigned(a, b) : a % b;
        }
        if (value(a, bits, true) == min(bits, true) && b == -1) {
            throw Panic.panic(Arith.REM_OVERFLOW, loc);
        }
        int r = a % b;
        return r < 0 ? (b < 0 ? r - b : r + b) : r;
    }

    /** {@code div_euclid} (debug build: panics like {@code /}). */
    public static int divEuclid(int a, int b, int bits, boolean signed, String loc) {
        if (b == 0) {
            throw Panic.panic(Arith.DIV_ZERO, loc);
        }
        if (!signed) {
            return bits == 32 ? Integer.divideUnsigned(a, b) : a / b;
        }
        if (value(a, bits, true) == min(bits, true) && b == -1) {
            throw Panic.panic(Arith.DIV_OVERFLOW, loc);
        }
        int q = a / b;
        if (a % b < 0) {
            return b > 0 ? q - 1 : q + 1;
        }
        return q;
    }

    /** {@code abs_diff}: the unsigned type of the same width, as its int representation. */
    public static int absDiff(int a, int b, int bits, boolean signed) {
        long d = Math.abs(value(a, bits, signed) - value(b, bits, signed));
        return (int) d;
    }

    // ---- 64-bit types (i64/isize signed, u64/usize unsigned bit patterns) ----

    public static long saturatingAdd64(long a, long b, boolean signed) {
        long r = a + b;
        if (signed) {
            return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
        }
        return Long.compareUnsigned(r, a) < 0 ? -1L : r;
    }

    public static long saturatingSub64(long a, long b, boolean signed) {
        long r = a - b;
        if (signed) {
            return ((a ^ b) & (a ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
        }
        return Long.compareUnsigned(a, b) < 0 ? 0 : r;
    }

    public static long saturatingMul64(long a, long b, boolean signed) {
        if (mulOverflows64(a, b, signed)) {
            return signed ? ((a < 0) != (b < 0) ? Long.MIN_VALUE : Long.MAX_VALUE) : -1L;
        }
        return a * b;
    }

    public static boolean addOverflows64(long a, long b, boolean signed) {
        long r = a + b;
        return signed ? ((a ^ r) & (b ^ r)) < 0 : Long.compareUnsigned(r, a) < 0;
    }

    public static boolean subOverflows64(long a, long b, boolean signed) {
        long r = a - b;
        return signed ? ((a ^ b) & (a ^ r)) < 0 : Long.compareUnsigned(a, b) < 0;
    }

    public static boolean mulOverflows64(long a, long b, boolean signed) {
        if (signed) {
            return Math.multiplyHigh(a, b) != ((a * b) >> 63);
        }
        return Math.unsignedMultiplyHigh(a, b) != 0;
    }

    public static boolean divFails64(long a, long b, boolean signed) {
        return b == 0 || (signed && a == Long.MIN_VALUE && b == -1);
    }

    public static long remEuclid64(long a, long b, boolean signed, String loc) {
        if (!signed) {
            return Arith.remU64(a, b, loc);
        }
        long r = Arith.remI64(a, b, loc);
        return r < 0 ? (b < 0 ? r - b : r + b) : r;
    }

    public static long divEuclid64(long a, long b, boolean signed, String loc) {
        if (!signed) {
            return Arith.divU64(a, b, loc);
        }
        long q = Arith.divI64(a, b, loc);
        if (a % b < 0) {
            return b > 0 ? q - 1 : q + 1;
        }
        return q;
    }

    /** {@code abs_diff} for 64-bit types: a u64 bit pattern. */
    public static long absDiff64(long a, long b, boolean signed) {
        boolean aLess = signed ? a < b : Long.compareUnsigned(a, b) < 0;
        return aLess ? b - a : a - b;
    }

    // ---- bit manipulation for types of at most 32 bits (value normalised per brisk's representation) ----

    /** The value's low {@code bits} bits, zero-extended (undoes sign extension of i8/i16). */
    private static int raw(int v, int bits) {
        return bits == 32 ? v : v & ((1 << bits) - 1);
    }

    /** Re-normalises {@code bits} low bits to the type's representation. */
    private static int normal(int v, int bits, boolean signed) {
        if (bits == 32) {
            return v;
        }
        return signed ? (v << (32 - bits)) >> (32 - bits) : v & ((1 << bits) - 1);
    }

    public static int leadingZeros(int v, int bits) {
        return Integer.numberOfLeadingZeros(raw(v, bits)) - (32 - bits);
    }

    public static int trailingZeros(int v, int bits) {
        return Math.min(bits, Integer.numberOfTrailingZeros(raw(v, bits)));
    }

    public static int countOnes(int v, int bits) {
        return Integer.bitCount(raw(v, bits));
    }

    public static int countZeros(int v, int bits) {
        return bits - countOnes(v, bits);
    }

    /** {@code rotate_left(n)} ({@code n} taken modulo the width, as in Rust). */
    public static int rotateLeft(int v, int n, int bits, boolean signed) {
        int r = Integer.remainderUnsigned(n, bits);
        int x = raw(v, bits);
        int rotated = r == 0 ? x : (x << r) | (x >>> (bits - r));
        return normal(rotated, bits, signed);
    }

    public static int rotateRight(int v, int n, int bits, boolean signed) {
        return rotateLeft(v, bits - Integer.remainderUnsigned(n, bits), bits, signed);
    }

    public static int reverseBits(int v, int bits, boolean signed) {
        return normal(Integer.reverse(raw(v, bits)) >>> (32 - bits), bits, signed);
    }

    public static int swapBytes(int v, int bits, boolean signed) {
        return switch (bits) {
            case 8 -> v;
            case 16 -> normal(Integer.reverseBytes(raw(v, 16)) >>> 16, 16, signed);
            default -> Integer.reverseBytes(v);
        };
    }

    // ---- 64-bit bit counts (results are u32 values) ----

    public static int leadingZeros64(long v) {
        return Long.numberOfLeadingZeros(v);
    }

    public static int trailingZeros64(long v) {
        return Long.numberOfTrailingZeros(v);
    }

    public static int countOnes64(long v) {
        return Long.bitCount(v);
    }

    public static int countZeros64(long v) {
        return 64 - Long.bitCount(v);
    }

    /**
     * {@code Ord::clamp} of any integer widened to a long ({@code signed}: compare as signed, which
     * holds for every type but u64/usize); panics like core when {@code min > max}.
     */
    public static long clamp(long x, long min, long max, boolean signed, String loc) {
        if (signed ? min > max : Long.compareUnsigned(min, max) > 0) {
            throw Panic.panic("min > max. min = " + (signed ? Long.toString(min) : Long.toUnsignedString(min))
                    + ", max = " + (signed ? Long.toString(max) : Long.toUnsignedString(max)), loc);
        }
        if (signed ? x < min : Long.compareUnsigned(x, min) < 0) {
            return min;
        }
        if (signed ? x > max : Long.compareUnsigned(x, max) > 0) {
            return max;
        }
        return x;
    }

    // ---- powers of two (unsigned types; the value widened to a long, u64/usize as bit patterns)

    /** Whether {@code next_power_of_two} leaves a type of {@code bits} bits. */
    public static boolean nextPowerOfTwoOverflows(long v, int bits) {
        long limit = 1L << (bits - 1);
        return Long.compareUnsigned(v, limit) > 0;
    }

    /** {@code next_power_of_two}: overflow panics inside core ("attempt to add with overflow" at {@code loc}). */
    public static long nextPowerOfTwo(long v, int bits, String loc) {
        if (nextPowerOfTwoOverflows(v, bits)) {
            throw Panic.panic(Arith.ADD, loc);
        }
        return Long.compareUnsigned(v, 1) <= 0 ? 1 : Long.highestOneBit(v - 1) << 1;
    }

    // ---- wrapping division and powers

    /** {@code wrapping_div}/{@code wrapping_rem} of a type of at most 32 bits: MIN / -1 wraps; zero panics at {@code loc}. */
    public static int wrappingDiv(int a, int b, boolean rem, String loc) {
        if (b == 0) {
            throw Panic.panic(rem ? Arith.REM_ZERO : Arith.DIV_ZERO, loc);
        }
        return rem ? a % b : a / b;
    }

    /** Unsigned 32-bit {@code wrapping_div}/{@code wrapping_rem} (narrower unsigned types are non-negative ints). */
    public static int wrappingDivU32(int a, int b, boolean rem, String loc) {
        if (b == 0) {
            throw Panic.panic(rem ? Arith.REM_ZERO : Arith.DIV_ZERO, loc);
        }
        return rem ? Integer.remainderUnsigned(a, b) : Integer.divideUnsigned(a, b);
    }

    public static long wrappingDiv64(long a, long b, boolean signed, boolean rem, String loc) {
        if (b == 0) {
            throw Panic.panic(rem ? Arith.REM_ZERO : Arith.DIV_ZERO, loc);
        }
        if (signed) {
            return rem ? a % b : a / b;
        }
        return rem ? Long.remainderUnsigned(a, b) : Long.divideUnsigned(a, b);
    }

    /** {@code base.pow(exp)} modulo 2^64 (truncated by the caller to the type's width: {@code wrapping_pow}). */
    public static long wrappingPow(long base, int exp) {
        long acc = 1;
        long e = Integer.toUnsignedLong(exp);
        while (e > 0) {
            if ((e & 1) == 1) {
                acc *= base;
            }
            base *= base;
            e >>>= 1;
        }
        return acc;
    }

    /**
     * Whether {@code base.pow(exp)} leaves the type ({@code base} is the value widened to a long:
     * sign-extended when {@code signed}, else an unsigned bit pattern).
     */
    public static boolean powOverflows(long base, int exp, int bits, boolean signed) {
        java.math.BigInteger b = signed ? java.math.BigInteger.valueOf(base)
                : new java.math.BigInteger(Long.toUnsignedString(base));
        if (b.abs().compareTo(java.math.BigInteger.ONE) <= 0) {
            return false;
        }
        long e = Integer.toUnsignedLong(exp);
        if (e >= 128) {
            return true;
        }
        java.math.BigInteger r = b.pow((int) e);
        java.math.BigInteger min = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger max = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE)
                : java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE);
        return r.compareTo(min) < 0 || r.compareTo(max) > 0;
    }
}
