package brisk.runtime;

/**
 * {@code char} methods. Unicode properties and case mappings use tables generated from rustc
 * ({@link CharTables}), not {@link Character}: the JDK's Unicode version lags rustc's (JDK 25 has
 * Unicode 16, rustc 1.95 Unicode 17), and thousands of chars differ. Case mapping is the full
 * (multi-char) mapping, as Rust's {@code to_uppercase()} iterator yields.
 */
public final class CharOps {
    private CharOps() {}

    /** {@code char::from_u32}: the char, or -1 for {@code None} (surrogates, > 0x10FFFF). */
    /**
     * A value already known to be a Unicode scalar value, typed as a char by generated code (the
     * JVM holds both in an int; IR has no int-to-char cast besides Rust's {@code u8 as char}).
     */
    public static int fromScalar(int v) {
        return v;
    }

    public static int fromU32(int v) {
        return (v >= 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) ? v : -1;
    }

    /** {@code char::from_digit(num, radix)}: -1 for {@code None}; panics (in std) if radix > 36. */
    public static int fromDigit(int num, int radix) {
        if (Integer.compareUnsigned(radix, 36) > 0) {
            throw Panic.panic("from_digit: radix is too high (maximum 36)", StdLocations.CHAR_FROM_DIGIT);
        }
        if (Integer.compareUnsigned(num, radix) >= 0) {
            return -1;
        }
        return num < 10 ? '0' + num : 'a' + num - 10;
    }

    /** {@code c.to_digit(radix)}: -1 for {@code None}; ASCII digits and letters only, like Rust. */
    public static int toDigit(int c, int radix) {
        if (Integer.compareUnsigned(radix - 2, 34) > 0) {
            throw Panic.panic("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive",
                    StdLocations.CHAR_TO_DIGIT);
        }
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            d = c - 'A' + 10;
        } else {
            return -1;
        }
        return d < radix ? d : -1;
    }

    public static boolean isAlphabetic(int c) {
        if (c < 0x80) {
            return isAsciiAlphabetic(c);
        }
        return UnicodeTable.contains(UnicodeTable.ALPHABETIC, c);
    }

    public static boolean isNumeric(int c) {
        if (c < 0x80) {
            return isAsciiDigit(c);
        }
        return UnicodeTable.contains(UnicodeTable.NUMERIC, c);
    }

    public static boolean isAlphanumeric(int c) {
        return isAlphabetic(c) || isNumeric(c);
    }

    public static boolean isLowercase(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z';
        }
        return UnicodeTable.contains(UnicodeTable.LOWERCASE, c);
    }

    public static boolean isUppercase(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z';
        }
        return UnicodeTable.contains(UnicodeTable.UPPERCASE, c);
    }

    public static boolean isWhitespace(int c) {
        return Chars.isWhitespace(c);
    }

    public static boolean isControl(int c) {
        return UnicodeTable.contains(UnicodeTable.CONTROL, c);
    }

    public static boolean isAscii(int c) {
        return c < 0x80;
    }

    public static boolean isAsciiUppercase(int c) {
        return c >= 'A' && c <= 'Z';
    }

    public static boolean isAsciiLowercase(int c) {
        return c >= 'a' && c <= 'z';
    }

    public static boolean isAsciiHexdigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    public static boolean isAsciiGraphic(int c) {
        return c > 0x20 && c < 0x7F;
    }

    public static boolean isAsciiControl(int c) {
        return c < 0x20 || c == 0x7F;
    }

    /** {@code c.len_utf8()}. */
    public static long lenUtf8(int c) {
        return Utf8.lenUtf8(c);
    }

    /** {@code c.is_digit(radix)} (panics like {@code to_digit} on a bad radix). */
    public static boolean isDigit(int c, int radix) {
        return toDigit(c, radix) >= 0;
    }

    public static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiAlphabetic(int c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    public static boolean isAsciiAlphanumeric(int c) {
        return isAsciiDigit(c) || isAsciiAlphabetic(c);
    }

    public static boolean isAsciiWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    public static boolean isAsciiPunctuation(int c) {
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
    }

    public static int toAsciiUppercase(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    public static int toAsciiLowercase(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** {@code c.to_uppercase()}: the one to three chars it yields. */
    public static int[] toUppercase(int c) {
        if (c < 0x80) {
            return new int[] {toAsciiUppercase(c)};
        }
        int[] m = UnicodeTable.TO_UPPER.get(c);
        return m != null ? m.clone() : new int[] {c};
    }

    /** {@code c.to_lowercase()}: the one or two chars it yields (no final-sigma context for a lone char). */
    public static int[] toLowercase(int c) {
        if (c < 0x80) {
            return new int[] {toAsciiLowercase(c)};
        }
        int[] m = UnicodeTable.TO_LOWER.get(c);
        return m != null ? m.clone() : new int[] {c};
    }

    /** Appends {@code c.to_uppercase()} to {@code out} (used by {@code str::to_uppercase}). */
    static void pushUppercase(RString out, int c) {
        int[] m = c < 0x80 ? null : UnicodeTable.TO_UPPER.get(c);
        if (m == null) {
            out.push(c < 0x80 ? toAsciiUppercase(c) : c);
        } else {
            for (int x : m) {
                out.push(x);
            }
        }
    }

    static void pushLowercase(RString out, int c) {
        int[] m = c < 0x80 ? null : UnicodeTable.TO_LOWER.get(c);
        if (m == null) {
            out.push(c < 0x80 ? toAsciiLowercase(c) : c);
        } else {
            for (int x : m) {
                out.push(x);
            }
        }
    }
}
