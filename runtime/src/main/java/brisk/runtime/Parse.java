package brisk.runtime;

/**
 * {@code str::parse} for primitives with std's exact acceptance rules and error kinds (no
 * whitespace trimming, no underscores, {@code +} allowed, {@code -} only for signed integers,
 * digits checked left to right so {@code "999x".parse::<u8>()} is an overflow, as in core).
 */
public final class Parse {
    private Parse() {}

    /** Outcome of an integer parse: {@code error == null} means {@code Ok(value)}. */
    public record IntResult(long value, ParseIntError error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Outcome of a float parse: {@code error == null} means {@code Ok(value)}. */
    public record FloatResult(double value, ParseFloatError error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static IntResult err(ParseIntError e) {
        return new IntResult(0, e);
    }

    /**
     * Parses a decimal integer of a type with {@code bits} bits; the value is returned in brisk's
     * representation (sign-extended for signed types, zero-extended / raw bits for unsigned).
     */
    public static IntResult parseInt(RStr s, int bits, boolean signed) {
        return parseInt(s, 10, bits, signed);
    }

    /** {@code from_str_radix}'s radix check (core panics inside {@code from_ascii_radix}). */
    public static void checkRadix(int radix, boolean signed) {
        if (Integer.compareUnsigned(radix - 2, 34) > 0) {
            throw Panic.panic("from_ascii_radix: radix must lie in the range `[2, 36]` - found " + Integer.toUnsignedString(radix),
                    signed ? StdLocations.FROM_STR_RADIX_SIGNED : StdLocations.FROM_STR_RADIX_UNSIGNED);
        }
    }

    /** {@code from_str_radix}. */
    public static IntResult parseInt(RStr s, int radix, int bits, boolean signed) {
        byte[] b = s.bytes;
        int i = s.offset;
        int end = s.offset + s.length;
        if (i == end) {
            return err(ParseIntError.EMPTY);
        }
        boolean positive = true;
        if ((b[i] == '+' || b[i] == '-') && end - i == 1) {
            return err(ParseIntError.INVALID_DIGIT);
        }
        if (b[i] == '+') {
            i++;
        } else if (b[i] == '-' && signed) {
            positive = false;
            i++;
        }
        // Accumulate the magnitude as unsigned 64-bit with an unsigned limit.
        long limit = signed
                ? (positive ? (1L << (bits - 1)) - 1 : 1L << (bits - 1))
                : (bits == 64 ? -1L : (1L << bits) - 1);
        long acc = 0;
        for (; i < end; i++) {
            int d = Character.digit((char) (b[i] & 0xFF), radix);
            boolean ascii = (b[i] & 0x80) == 0;
            boolean mulOverflow = Math.unsignedMultiplyHigh(acc, radix) != 0
                    || Long.compareUnsigned(acc * radix, limit) > 0;
            if (d < 0 || !ascii) {
                return err(ParseIntError.INVALID_DIGIT);
            }
            ParseIntError overflow = positive ? ParseIntError.POS_OVERFLOW : ParseIntError.NEG_OVERFLOW;
            if (mulOverflow) {
                return err(overflow);
            }
            long next = acc * radix + d;
            if (Long.compareUnsigned(next, acc * radix) < 0 || Long.compareUnsigned(next, limit) > 0) {
                return err(overflow);
            }
            acc = next;
        }
        return new IntResult(positive ? acc : -acc, null);
    }

    /** {@code s.parse::<f64>()}. */
    public static FloatResult parseF64(RStr s) {
        ParseFloatError e = checkFloatSyntax(s);
        if (e != null) {
            return new FloatResult(0, e);
        }
        return new FloatResult(javaParse(s, false), null);
    }

    /** {@code s.parse::<f32>()} (rounded once, directly to f32). */
    public static FloatResult parseF32(RStr s) {
        ParseFloatError e = checkFloatSyntax(s);
        if (e != null) {
            return new FloatResult(0, e);
        }
        return new FloatResult(javaParse(s, true), null);
    }

    private static double javaParse(RStr s, boolean f32) {
        String t = s.toString();
        int sign = 1;
        String body = t;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            sign = t.charAt(0) == '-' ? -1 : 1;
            body = t.substring(1);
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        return f32 ? (double) Float.parseFloat(t) : Double.parseDouble(t);
    }

    /** core's decimal grammar: {@code [+-](inf|infinity|nan|digits[.digits][(e|E)[+-]digits])}. */
    private static ParseFloatError checkFloatSyntax(RStr s) {
        byte[] b = s.bytes;
        int i = s.offset;
        int end = s.offset + s.length;
        if (i == end) {
            return ParseFloatError.EMPTY;
        }
        if (b[i] == '+' || b[i] == '-') {
            i++;
        }
        String rest = new String(b, i, end - i, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity") || rest.equals("nan")) {
            return null;
        }
        int digits = 0;
        while (i < end && isDigit(b[i])) {
            i++;
            digits++;
        }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && isDigit(b[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return ParseFloatError.INVALID;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < end && isDigit(b[i])) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return ParseFloatError.INVALID;
            }
        }
        return i == end ? null : ParseFloatError.INVALID;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** {@code s.parse::<bool>()}: 1 for true, 0 for false, -1 for {@code Err(ParseBoolError)}. */
    public static int parseBool(RStr s) {
        String t = s.toString();
        return t.equals("true") ? 1 : t.equals("false") ? 0 : -1;
    }

    /** The {@code Err} of a failed {@link #parseBool}. */
    public static ParseBoolError boolError() {
        return ParseBoolError.INSTANCE;
    }

    /** The {@code Err} of a failed {@link #parseChar} ({@code code} is its negative answer). */
    public static ParseCharError charError(int code) {
        return new ParseCharError(code == -1);
    }

    /** Display of {@code ParseBoolError}. */
    public static final String PARSE_BOOL_ERROR = "provided string was not `true` or `false`";

    /**
     * {@code s.parse::<char>()}: the char, or -1 for {@code ParseCharError { kind: EmptyString }},
     * -2 for {@code ParseCharError { kind: TooManyChars }}.
     */
    public static int parseChar(RStr s) {
        if (s.length == 0) {
            return -1;
        }
        int cp = Utf8.decode(s.bytes, s.offset);
        return Utf8.lenUtf8(cp) == s.length ? cp : -2;
    }
}
