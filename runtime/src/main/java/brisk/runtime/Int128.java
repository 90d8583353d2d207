package brisk.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A Rust {@code i128} or {@code u128} value: 128 bits as two longs, immutable (so sharing one is
 * copying it). The same bits are either type; each operation takes {@code signed} where the types
 * differ. Operators follow rustc debug builds: arithmetic, shifts and negation panic on overflow
 * with the operator messages of {@link Arith} at the caller's location; {@code as} conversions
 * truncate (to narrower integers), saturate (from floats) or round to nearest (to floats).
 * Multiplication, division, decimal text and float conversion go through {@link BigInteger}:
 * exact, and fast enough for the values programs keep in 128 bits.
 */
public final class Int128 {
    private static final BigInteger MASK = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final BigInteger SIGNED_MIN = BigInteger.ONE.shiftLeft(127).negate();
    private static final BigInteger SIGNED_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
    private static final BigInteger UNSIGNED_MAX = MASK;

    private final long hi;
    private final long lo;

    private Int128(long hi, long lo) {
        this.hi = hi;
        this.lo = lo;
    }

    // ---- construction and conversion

    /** A constant from its decimal text (any integer; its low 128 bits are kept). */
    public static Int128 constant(String decimal) {
        return fromBig(new BigInteger(decimal));
    }

    /** {@code v as i128/u128} from a signed integer of at most 64 bits (sign-extended). */
    public static Int128 fromSigned(long v) {
        return new Int128(v < 0 ? -1 : 0, v);
    }

    /** {@code v as i128/u128} from an unsigned integer of at most 64 bits (its bit pattern, zero-extended). */
    public static Int128 fromUnsigned(long v) {
        return new Int128(0, v);
    }

    /** {@code x as i128/u128} from a float: truncated toward zero, saturating, NaN is 0. */
    public static Int128 fromDouble(double x, boolean signed) {
        if (Double.isNaN(x)) {
            return fromUnsigned(0);
        }
        BigInteger min = signed ? SIGNED_MIN : BigInteger.ZERO;
        BigInteger max = signed ? SIGNED_MAX : UNSIGNED_MAX;
        if (Double.isInfinite(x)) {
            return fromBig(x > 0 ? max : min);
        }
        BigInteger v = new BigDecimal(x).toBigInteger();
        return fromBig(v.compareTo(min) < 0 ? min : v.compareTo(max) > 0 ? max : v);
    }

    /** The low 64 bits ({@code as} to a 64-bit or narrower integer, which then truncates further). */
    public static long low(Int128 a) {
        return a.lo;
    }

    /** {@code a as f64}: rounded to nearest, ties to even. */
    public static double toDouble(Int128 a, boolean signed) {
        return a.big(signed).doubleValue();
    }

    /** {@code a as f32}: rounded once, to nearest. */
    public static float toFloat(Int128 a, boolean signed) {
        return a.big(signed).floatValue();
    }

    private static Int128 fromBig(BigInteger v) {
        BigInteger m = v.and(MASK);
        return new Int128(m.shiftRight(64).longValue(), m.longValue());
    }

    private BigInteger big(boolean signed) {
        BigInteger u = new BigInteger(1, new byte[] {
            (byte) (hi >>> 56), (byte) (hi >>> 48), (byte) (hi >>> 40), (byte) (hi >>> 32),
            (byte) (hi >>> 24), (byte) (hi >>> 16), (byte) (hi >>> 8), (byte) hi,
            (byte) (lo >>> 56), (byte) (lo >>> 48), (byte) (lo >>> 40), (byte) (lo >>> 32),
            (byte) (lo >>> 24), (byte) (lo >>> 16), (byte) (lo >>> 8), (byte) lo});
        return signed && hi < 0 ? u.subtract(MASK).subtract(BigInteger.ONE) : u;
    }

    private static boolean inRange(BigInteger v, boolean signed) {
        return signed ? v.compareTo(SIGNED_MIN) >= 0 && v.compareTo(SIGNED_MAX) <= 0
                : v.signum() >= 0 && v.compareTo(UNSIGNED_MAX) <= 0;
    }

    private static Int128 checked(BigInteger exact, boolean signed, String message, String loc) {
        if (!inRange(exact, signed)) {
            throw Panic.panic(message, loc);
        }
        return fromBig(exact);
    }

    // ---- operators (checked, as in debug builds)

    public static Int128 add(Int128 a, Int128 b, boolean signed, String loc) {
        return checked(a.big(signed).add(b.big(signed)), signed, Arith.ADD, loc);
    }

    public static Int128 sub(Int128 a, Int128 b, boolean signed, String loc) {
        return checked(a.big(signed).subtract(b.big(signed)), signed, Arith.SUB, loc);
    }

    public static Int128 mul(Int128 a, Int128 b, boolean signed, String loc) {
        return checked(a.big(signed).multiply(b.big(signed)), signed, Arith.MUL, loc);
    }

    public static Int128 div(Int128 a, Int128 b, boolean signed, String loc) {
        BigInteger d = b.big(signed);
        if (d.signum() == 0) {
            throw Panic.panic(Arith.DIV_ZERO, loc);
        }
        return checked(a.big(signed).divide(d), signed, Arith.DIV_OVERFLOW, loc);
    }

    public static Int128 rem(Int128 a, Int128 b, boolean signed, String loc) {
        BigInteger d = b.big(signed);
        if (d.signum() == 0) {
            throw Panic.panic(Arith.REM_ZERO, loc);
        }
        if (signed && a.big(true).equals(SIGNED_MIN) && d.equals(BigInteger.ONE.negate())) {
            throw Panic.panic(Arith.REM_OVERFLOW, loc);
        }
        return fromBig(a.big(signed).remainder(d));
    }

    public static Int128 neg(Int128 a, String loc) {
        return checked(a.big(true).negate(), true, Arith.NEG, loc);
    }

    public static Int128 wrappingAdd(Int128 a, Int128 b) {
        long lo = a.lo + b.lo;
        long carry = Long.compareUnsigned(lo, a.lo) < 0 ? 1 : 0;
        return new Int128(a.hi + b.hi + carry, lo);
    }

    public static Int128 wrappingSub(Int128 a, Int128 b) {
        long lo = a.lo - b.lo;
        long borrow = Long.compareUnsigned(a.lo, b.lo) < 0 ? 1 : 0;
        return new Int128(a.hi - b.hi - borrow, lo);
    }

    public static Int128 wrappingMul(Int128 a, Int128 b) {
        return fromBig(a.big(false).multiply(b.big(false)));
    }

    /** {@code a << s}: {@code s} is the amount as a long (sign-extended from its type), checked below 128. */
    public static Int128 shl(Int128 a, long s, String loc) {
        int n = shiftAmount(s, Arith.SHL, loc);
        if (n == 0) {
            return a;
        }
        if (n >= 64) {
            return new Int128(a.lo << (n - 64), 0);
        }
        return new Int128((a.hi << n) | (a.lo >>> (64 - n)), a.lo << n);
    }

    /** {@code a >> s}: arithmetic for i128, logical for u128. */
    public static Int128 shr(Int128 a, long s, boolean signed, String loc) {
        int n = shiftAmount(s, Arith.SHR, loc);
        if (n == 0) {
            return a;
        }
        long fill = signed && a.hi < 0 ? -1 : 0;
        if (n >= 64) {
            return new Int128(fill, signed ? a.hi >> (n - 64) : a.hi >>> (n - 64));
        }
        return new Int128(signed ? a.hi >> n : a.hi >>> n, (a.lo >>> n) | (a.hi << (64 - n)));
    }

    private static int shiftAmount(long s, String message, String loc) {
        if (Long.compareUnsigned(s, 128) >= 0) {
            throw Panic.panic(message, loc);
        }
        return (int) s;
    }

    public static Int128 and(Int128 a, Int128 b) {
        return new Int128(a.hi & b.hi, a.lo & b.lo);
    }

    public static Int128 or(Int128 a, Int128 b) {
        return new Int128(a.hi | b.hi, a.lo | b.lo);
    }

    public static Int128 xor(Int128 a, Int128 b) {
        return new Int128(a.hi ^ b.hi, a.lo ^ b.lo);
    }

    public static Int128 not(Int128 a) {
        return new Int128(~a.hi, ~a.lo);
    }

    /** Three-way comparison (negative, zero, positive). */
    public static int compare(Int128 a, Int128 b, boolean signed) {
        int c = signed ? Long.compare(a.hi, b.hi) : Long.compareUnsigned(a.hi, b.hi);
        return c != 0 ? c : Long.compareUnsigned(a.lo, b.lo);
    }

    /** {@code pow} with core's loop (so it overflows exactly when core's does), at core's location. */
    public static Int128 pow(Int128 base, int exp, boolean signed, String loc) {
        if (exp == 0) {
            return fromUnsigned(1);
        }
        Int128 acc = fromUnsigned(1);
        while (true) {
            if ((exp & 1) == 1) {
                acc = mul(acc, base, signed, loc);
                if (exp == 1) {
                    return acc;
                }
            }
            exp >>>= 1;
            base = mul(base, base, signed, loc);
        }
    }

    // ---- formatting and parsing

    public static void display(Formatter f, Int128 v, boolean signed) {
        BigInteger b = v.big(signed);
        f.padIntegral(b.signum() >= 0, "", b.abs().toString());
    }

    /** Debug honours {@code {:x?}} / {@code {:X?}} like the other integers. */
    public static void debug(Formatter f, Int128 v, boolean signed) {
        if (f.debugLowerHex()) {
            lowerHex(f, v);
        } else if (f.debugUpperHex()) {
            upperHex(f, v);
        } else {
            display(f, v, signed);
        }
    }

    public static void lowerHex(Formatter f, Int128 v) {
        f.padIntegral(true, "0x", v.big(false).toString(16));
    }

    public static void upperHex(Formatter f, Int128 v) {
        f.padIntegral(true, "0x", v.big(false).toString(16).toUpperCase(java.util.Locale.ROOT));
    }

    public static void octal(Formatter f, Int128 v) {
        f.padIntegral(true, "0o", v.big(false).toString(8));
    }

    public static void binary(Formatter f, Int128 v) {
        f.padIntegral(true, "0b", v.big(false).toString(2));
    }

    /** Outcome of {@code parse::<i128/u128>()}: {@code error == null} means {@code Ok(value)}. */
    public record ParseResult(Int128 value, ParseIntError error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** {@code s.parse::<i128>()} / {@code u128}: std's rules and error kinds (see {@link Parse}). */
    public static ParseResult parse(RStr s, boolean signed) {
        String t = s.toString();
        if (t.isEmpty()) {
            return new ParseResult(null, ParseIntError.EMPTY);
        }
        if (t.equals("+") || t.equals("-")) {
            return new ParseResult(null, ParseIntError.INVALID_DIGIT);
        }
        boolean negative = signed && t.charAt(0) == '-';
        int start = t.charAt(0) == '+' || negative ? 1 : 0;
        BigInteger acc = BigInteger.ZERO;
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return new ParseResult(null, ParseIntError.INVALID_DIGIT);
            }
            acc = acc.multiply(BigInteger.TEN).add(BigInteger.valueOf(c - '0'));
            BigInteger value = negative ? acc.negate() : acc;
            if (!inRange(value, signed)) {
                // core checks digit by digit: the first digit past the range decides.
                return new ParseResult(null, negative ? ParseIntError.NEG_OVERFLOW : ParseIntError.POS_OVERFLOW);
            }
        }
        return new ParseResult(fromBig(negative ? acc.negate() : acc), null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Int128 other && other.hi == hi && other.lo == lo;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hi) * 31 + Long.hashCode(lo);
    }

    @Override
    public String toString() {
        return big(true).toString();
    }
}
