package brisk.runtime;

/**
 * Debug-build integer arithmetic: every operation rustc checks, with its exact panic message.
 * Representation (shared with codegen): i8/i16/i32/u8/u16/u32 live in {@code int} (i8/i16
 * sign-extended, u8/u16 zero-extended, u32 as its bit pattern), i64/u64/isize/usize in
 * {@code long} (u64/usize as bit pattern). isize/usize use the i64/u64 methods (64-bit target).
 * Shift amounts are passed as {@code long}: signed amounts sign-extended, unsigned zero-extended;
 * any amount outside {@code 0..bits} panics like rustc.
 */
public final class Arith {
    public static final String ADD = "attempt to add with overflow";
    public static final String SUB = "attempt to subtract with overflow";
    public static final String MUL = "attempt to multiply with overflow";
    public static final String DIV_ZERO = "attempt to divide by zero";
    public static final String REM_ZERO = "attempt to calculate the remainder with a divisor of zero";
    public static final String DIV_OVERFLOW = "attempt to divide with overflow";
    public static final String REM_OVERFLOW = "attempt to calculate the remainder with overflow";
    public static final String NEG = "attempt to negate with overflow";
    public static final String SHL = "attempt to shift left with overflow";
    public static final String SHR = "attempt to shift right with overflow";

    private Arith() {}

    private static Panic overflow(String msg, String loc) {
        return Panic.panic(msg, loc);
    }

    // ---- narrow signed (i8, i16): compute in int, range-check ----

    private static int checkI8(int r, String msg, String loc) {
        if (r != (byte) r) {
            throw overflow(msg, loc);
        }
        return r;
    }

    private static int checkI16(int r, String msg, String loc) {
        if (r != (short) r) {
            throw overflow(msg, loc);
        }
        return r;
    }

    private static int checkU8(int r, String msg, String loc) {
        if ((r & ~0xFF) != 0) {
            throw overflow(msg, loc);
        }
        return r;
    }

    private static int checkU16(int r, String msg, String loc) {
        if ((r & ~0xFFFF) != 0) {
            throw overflow(msg, loc);
        }
        return r;
    }

    public static int addI8(int a, int b, String loc) { return checkI8(a + b, ADD, loc); }
    public static int subI8(int a, int b, String loc) { return checkI8(a - b, SUB, loc); }
    public static int mulI8(int a, int b, String loc) { return checkI8(a * b, MUL, loc); }
    public static int divI8(int a, int b, String loc) { return checkI8(divSigned32(a, b, Byte.MIN_VALUE, loc), DIV_OVERFLOW, loc); }
    public static int remI8(int a, int b, String loc) { return remSigned32(a, b, Byte.MIN_VALUE, loc); }
    public static int negI8(int a, String loc) { return checkI8(-a, NEG, loc); }
    public static int absI8(int a, String loc) { return a < 0 ? negI8(a, loc) : a; }
    public static int shlI8(int a, long s, String loc) { return (byte) (a << shiftAmount(s, 8, SHL, loc)); }
    public static int shrI8(int a, long s, String loc) { return a >> shiftAmount(s, 8, SHR, loc); }
    public static int powI8(int base, int exp, String loc) { return (int) pow(base, exp, Byte.MIN_VALUE, Byte.MAX_VALUE, loc); }

    public static int addI16(int a, int b, String loc) { return checkI16(a + b, ADD, loc); }
    public static int subI16(int a, int b, String loc) { return checkI16(a - b, SUB, loc); }
    public static int mulI16(int a, int b, String loc) { return checkI16(a * b, MUL, loc); }
    public static int divI16(int a, int b, String loc) { return checkI16(divSigned32(a, b, Short.MIN_VALUE, loc), DIV_OVERFLOW, loc); }
    public static int remI16(int a, int b, String loc) { return remSigned32(a, b, Short.MIN_VALUE, loc); }
    public static int negI16(int a, String loc) { return checkI16(-a, NEG, loc); }
    public static int absI16(int a, String loc) { return a < 0 ? negI16(a, loc) : a; }
    public static int shlI16(int a, long s, String loc) { return (short) (a << shiftAmount(s, 16, SHL, loc)); }
    public static int shrI16(int a, long s, String loc) { return a >> shiftAmount(s, 16, SHR, loc); }
    public static int powI16(int base, int exp, String loc) { return (int) pow(base, exp, Short.MIN_VALUE, Short.MAX_VALUE, loc); }

    /** Signed division for i8/i16/i32 given the type's MIN (the only overflowing dividend). */
    private static int divSigned32(int a, int b, int min, String loc) {
        if (b == 0) {
            throw overflow(DIV_ZERO, loc);
        }
        if (a == min && b == -1) {
            throw overflow(DIV_OVERFLOW, loc);
        }
        return a / b;
    }

    private static int remSigned32(int a, int b, int min, String loc) {
        if (b == 0) {
            throw overflow(REM_ZERO, loc);
        }
        if (a == min && b == -1) {
            throw overflow(REM_OVERFLOW, loc);
        }
        return a % b;
    }

    // ---- i32 ----

    public static int addI32(int a, int b, String loc) {
        int r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw overflow(ADD, loc);
        }
        return r;
    }

    public static int subI32(int a, int b, String loc) {
        int r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw overflow(SUB, loc);
        }
        return r;
    }

    public static int mulI32(int a, int b, String loc) {
        long r = (long) a * b;
        if ((int) r != r) {
            throw overflow(MUL, loc);
        }
        return (int) r;
    }

    public static int divI32(int a, int b, String loc) { return divSigned32(a, b, Integer.MIN_VALUE, loc); }
    public static int remI32(int a, int b, String loc) { return remSigned32(a, b, Integer.MIN_VALUE, loc); }

    public static int negI32(int a, String loc) {
        if (a == Integer.MIN_VALUE) {
            throw overflow(NEG, loc);
        }
        return -a;
    }

    public static int absI32(int a, String loc) { return a < 0 ? negI32(a, loc) : a; }
    public static int shlI32(int a, long s, String loc) { return a << shiftAmount(s, 32, SHL, loc); }
    public static int shrI32(int a, long s, String loc) { return a >> shiftAmount(s, 32, SHR, loc); }
    public static int powI32(int base, int exp, String loc) { return (int) pow(base, exp, Integer.MIN_VALUE, Integer.MAX_VALUE, loc); }

    // ---- i64 / isize ----

    public static long addI64(long a, long b, String loc) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw overflow(ADD, loc);
        }
        return r;
    }

    public static long subI64(long a, long b, String loc) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw overflow(SUB, loc);
        }
        return r;
    }

    public static long mulI64(long a, long b, String loc) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            throw overflow(MUL, loc);
        }
        return lo;
    }

    public static long divI64(long a, long b, String loc) {
        if (b == 0) {
            throw overflow(DIV_ZERO, loc);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw overflow(DIV_OVERFLOW, loc);
        }
        return a / b;
    }

    public static long remI64(long a, long b, String loc) {
        if (b == 0) {
            throw overflow(REM_ZERO, loc);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw overflow(REM_OVERFLOW, loc);
        }
        return a % b;
    }

    public static long negI64(long a, String loc) {
        if (a == Long.MIN_VALUE) {
            throw overflow(NEG, loc);
        }
        return -a;
    }

    public static long absI64(long a, String loc) { return a < 0 ? negI64(a, loc) : a; }
    public static long shlI64(long a, long s, String loc) { return a << shiftAmount(s, 64, SHL, loc); }
    public static long shrI64(long a, long s, String loc) { return a >> shiftAmount(s, 64, SHR, loc); }

    public static long powI64(long base, int exp, String loc) {
        if (exp == 0) {
            return 1;
        }
        long acc = 1;
        while (true) {
            if ((exp & 1) == 1) {
                acc = mulI64(acc, base, loc);
                if (exp == 1) {
                    return acc;
                }
            }
            exp >>>= 1;
            base = mulI64(base, base, loc);
        }
    }

    public static long addIsize(long a, long b, String loc) { return addI64(a, b, loc); }
    public static long subIsize(long a, long b, String loc) { return subI64(a, b, loc); }
    public static long mulIsize(long a, long b, String loc) { return mulI64(a, b, loc); }
    public static long divIsize(long a, long b, String loc) { return divI64(a, b, loc); }
    public static long remIsize(long a, long b, String loc) { return remI64(a, b, loc); }
    public static long negIsize(long a, String loc) { return negI64(a, loc); }
    public static long absIsize(long a, String loc) { return absI64(a, loc); }
    public static long shlIsize(long a, long s, String loc) { return shlI64(a, s, loc); }
    public static long shrIsize(long a, long s, String loc) { return shrI64(a, s, loc); }
    public static long powIsize(long base, int exp, String loc) { return powI64(base, exp, loc); }

    // ---- u8 / u16 (zero-extended in int) ----

    public static int addU8(int a, int b, String loc) { return checkU8(a + b, ADD, loc); }
    public static int subU8(int a, int b, String loc) { return checkU8(a - b, SUB, loc); }
    public static int mulU8(int a, int b, String loc) { return checkU8(a * b, MUL, loc); }
    public static int divU8(int a, int b, String loc) { return divUnsignedSmall(a, b, loc); }
    public static int remU8(int a, int b, String loc) { return remUnsignedSmall(a, b, loc); }
    public static int shlU8(int a, long s, String loc) { return (a << shiftAmount(s, 8, SHL, loc)) & 0xFF; }
    public static int shrU8(int a, long s, String loc) { return a >>> shiftAmount(s, 8, SHR, loc); }
    public static int powU8(int base, int exp, String loc) { return (int) pow(base, exp, 0, 0xFF, loc); }

    public static int addU16(int a, int b, String loc) { return checkU16(a + b, ADD, loc); }
    public static int subU16(int a, int b, String loc) { return checkU16(a - b, SUB, loc); }
    public static int mulU16(int a, int b, String loc) { return checkU16(a * b, MUL, loc); }
    public static int divU16(int a, int b, String loc) { return divUnsignedSmall(a, b, loc); }
    public static int remU16(int a, int b, String loc) { return remUnsignedSmall(a, b, loc); }
    public static int shlU16(int a, long s, String loc) { return (a << shiftAmount(s, 16, SHL, loc)) & 0xFFFF; }
    public static int shrU16(int a, long s, String loc) { return a >>> shiftAmount(s, 16, SHR, loc); }
    public static int powU16(int base, int exp, String loc) { return (int) pow(base, exp, 0, 0xFFFF, loc); }

    private static int divUnsignedSmall(int a, int b, String loc) {
        if (b == 0) {
            throw overflow(DIV_ZERO, loc);
        }
        return a / b;
    }

    private static int remUnsignedSmall(int a, int b, String loc) {
        if (b == 0) {
            throw overflow(REM_ZERO, loc);
        }
        return a % b;
    }

    // ---- u32 (bit pattern in int) ----

    public static int addU32(int a, int b, String loc) {
        int r = a + b;
        if (Integer.compareUnsigned(r, a) < 0) {
            throw overflow(ADD, loc);
        }
        return r;
    }

    public static int subU32(int a, int b, String loc) {
        if (Integer.compareUnsigned(a, b) < 0) {
            throw overflow(SUB, loc);
        }
        return a - b;
    }

    public static int mulU32(int a, int b, String loc) {
        long r = Integer.toUnsignedLong(a) * Integer.toUnsignedLong(b);
        if ((r >>> 32) != 0) {
            throw overflow(MUL, loc);
        }
        return (int) r;
    }

    public static int divU32(int a, int b, String loc) {
        if (b == 0) {
            throw overflow(DIV_ZERO, loc);
        }
        return Integer.divideUnsigned(a, b);
    }

    public static int remU32(int a, int b, String loc) {
        if (b == 0) {
            throw overflow(REM_ZERO, loc);
        }
        return Integer.remainderUnsigned(a, b);
    }

    public static int shlU32(int a, long s, String loc) { return a << shiftAmount(s, 32, SHL, loc); }
    public static int shrU32(int a, long s, String loc) { return a >>> shiftAmount(s, 32, SHR, loc); }
    public static int powU32(int base, int exp, String loc) { return (int) pow(Integer.toUnsignedLong(base), exp, 0, 0xFFFF_FFFFL, loc); }

    // ---- u64 / usize (bit pattern in long) ----

    public static long addU64(long a, long b, String loc) {
        long r = a + b;
        if (Long.compareUnsigned(r, a) < 0) {
            throw overflow(ADD, loc);
        }
        return r;
    }

    public static long subU64(long a, long b, String loc) {
        if (Long.compareUnsigned(a, b) < 0) {
            throw overflow(SUB, loc);
        }
        return a - b;
    }

    public static long mulU64(long a, long b, String loc) {
        if (Math.unsignedMultiplyHigh(a, b) != 0) {
            throw overflow(MUL, loc);
        }
        return a * b;
    }

    public static long divU64(long a, long b, String loc) {
        if (b == 0) {
            throw overflow(DIV_ZERO, loc);
        }
        return Long.divideUnsigned(a, b);
    }

    public static long remU64(long a, long b, String loc) {
        if (b == 0) {
            throw overflow(REM_ZERO, loc);
        }
        return Long.remainderUnsigned(a, b);
    }

    public static long shlU64(long a, long s, String loc) { return a << shiftAmount(s, 64, SHL, loc); }
    public static long shrU64(long a, long s, String loc) { return a >>> shiftAmount(s, 64, SHR, loc); }

    public static long powU64(long base, int exp, String loc) {
        if (exp == 0) {
            return 1;
        }
        long acc = 1;
        while (true) {
            if ((exp & 1) == 1) {
                acc = mulU64(acc, base, loc);
                if (exp == 1) {
                    return acc;
                }
            }
            exp >>>= 1;
            base = mulU64(base, base, loc);
        }
    }

    public static long addUsize(long a, long b, String loc) { return addU64(a, b, loc); }
    public static long subUsize(long a, long b, String loc) { return subU64(a, b, loc); }
    public static long mulUsize(long a, long b, String loc) { return mulU64(a, b, loc); }
    public static long divUsize(long a, long b, String loc) { return divU64(a, b, loc); }
    public static long remUsize(long a, long b, String loc) { return remU64(a, b, loc); }
    public static long shlUsize(long a, long s, String loc) { return shlU64(a, s, loc); }
    public static long shrUsize(long a, long s, String loc) { return shrU64(a, s, loc); }
    public static long powUsize(long base, int exp, String loc) { return powU64(base, exp, loc); }

    // ---- shared ----

    /** Validates a shift amount against the bit width; returns it as an int. */
    private static int shiftAmount(long s, int bits, String msg, String loc) {
        if (Long.compareUnsigned(s, bits) >= 0) {
            throw overflow(msg, loc);
        }
        return (int) s;
    }

    /**
     * std's {@code pow} loop (square-and-multiply, no squaring after the last bit), checked on
     * each multiply against [{@code min}, {@code max}] for types of at most 32 bits.
     */
    private static long pow(long base, int exp, long min, long max, String loc) {
        if (exp == 0) {
            return 1;
        }
        long acc = 1;
        while (true) {
            if ((exp & 1) == 1) {
                acc = checkRange(acc * base, min, max, loc);
                if (exp == 1) {
                    return acc;
                }
            }
            exp >>>= 1;
            base = checkRange(base * base, min, max, loc);
        }
    }

    private static long checkRange(long v, long min, long max, String loc) {
        if (v < min || v > max) {
            throw overflow(MUL, loc);
        }
        return v;
    }

    // ---- wrapping_* for narrow types: compute in int, then re-normalise ----

    public static int wrapI8(int v) { return (byte) v; }
    public static int wrapI16(int v) { return (short) v; }
    public static int wrapU8(int v) { return v & 0xFF; }
    public static int wrapU16(int v) { return v & 0xFFFF; }

    /** {@code wrapping_shl}/{@code wrapping_shr}: the amount is masked to the bit width. */
    public static int wrappingShift(long s, int bits) { return (int) (s & (bits - 1)); }
}
