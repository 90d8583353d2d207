package brisk.runtime;

/**
 * {@code Display}, {@code Debug}, {@code LowerHex}, {@code UpperHex}, {@code Octal},
 * {@code Binary}, {@code LowerExp} and {@code UpperExp} of every primitive, matching core's
 * impls byte for byte. Integers are passed as {@code long}: signed types sign-extended, unsigned
 * types as their zero-extended bit pattern (u64 as its raw bits); {@code bits} is the type's
 * width, used to render negative numbers in two's complement for {@code {:x}}/{@code {:o}}/{@code {:b}}.
 */
public final class Fmt {
    private Fmt() {}

    // ---- integers ----

    public static void displaySigned(Formatter f, long v) {
        f.padIntegral(v >= 0, "", v >= 0 ? Long.toString(v) : Long.toUnsignedString(-v));
    }

    public static void displayUnsigned(Formatter f, long v) {
        f.padIntegral(true, "", Long.toUnsignedString(v));
    }

    /** Debug of a signed integer honours {@code {:x?}} / {@code {:X?}}. */
    public static void debugSigned(Formatter f, long v, int bits) {
        if (f.debugLowerHex()) {
            lowerHex(f, v, bits);
        } else if (f.debugUpperHex()) {
            upperHex(f, v, bits);
        } else {
            displaySigned(f, v);
        }
    }

    public static void debugUnsigned(Formatter f, long v, int bits) {
        if (f.debugLowerHex()) {
            lowerHex(f, v, bits);
        } else if (f.debugUpperHex()) {
            upperHex(f, v, bits);
        } else {
            displayUnsigned(f, v);
        }
    }

    private static long mask(long v, int bits) {
        return bits == 64 ? v : v & ((1L << bits) - 1);
    }

    public static void lowerHex(Formatter f, long v, int bits) {
        f.padIntegral(true, "0x", Long.toHexString(mask(v, bits)));
    }

    public static void upperHex(Formatter f, long v, int bits) {
        f.padIntegral(true, "0x", Long.toHexString(mask(v, bits)).toUpperCase(java.util.Locale.ROOT));
    }

    public static void octal(Formatter f, long v, int bits) {
        f.padIntegral(true, "0o", Long.toOctalString(mask(v, bits)));
    }

    public static void binary(Formatter f, long v, int bits) {
        f.padIntegral(true, "0b", Long.toBinaryString(mask(v, bits)));
    }

    public static void lowerExpSigned(Formatter f, long v) {
        intExp(f, v >= 0, v >= 0 ? v : -v, false);
    }

    public static void upperExpSigned(Formatter f, long v) {
        intExp(f, v >= 0, v >= 0 ? v : -v, true);
    }

    public static void lowerExpUnsigned(Formatter f, long v) {
        intExp(f, true, v, false);
    }

    public static void upperExpUnsigned(Formatter f, long v) {
        intExp(f, true, v, true);
    }

    /** Port of core's {@code exp_u64}: {@code n} is the magnitude as an unsigned bit pattern. */
    private static void intExp(Formatter f, boolean nonNeg, long n, boolean upper) {
        int exponent = 0;
        while (Long.remainderUnsigned(n, 10) == 0 && Long.compareUnsigned(n, 10) >= 0) {
            n = Long.divideUnsigned(n, 10);
            exponent++;
        }
        int added = 0;
        int subtracted = 0;
        if (f.precision() >= 0) {
            int prec = Long.toUnsignedString(n).length() - 1;
            added = Math.max(0, f.precision() - prec);
            subtracted = Math.max(0, prec - f.precision());
        }
        for (int i = 1; i < subtracted; i++) {
            n = Long.divideUnsigned(n, 10);
            exponent++;
        }
        if (subtracted != 0) {
            long rem = Long.remainderUnsigned(n, 10);
            n = Long.divideUnsigned(n, 10);
            exponent++;
            if (rem > 5 || (rem == 5 && (n % 2 != 0 || subtracted > 1))) {
                long before = n;
                n++;
                if (Long.toUnsignedString(n).length() > Long.toUnsignedString(before).length()) {
                    n = Long.divideUnsigned(n, 10);
                    exponent++;
                }
            }
        }
        String digits = Long.toUnsignedString(n);
        exponent += digits.length() - 1;
        StringBuilder body = new StringBuilder(digits.length() + added + 6);
        body.append(digits.charAt(0));
        if (digits.length() > 1 || added > 0) {
            body.append('.').append(digits, 1, digits.length());
            body.repeat('0', added);
        }
        body.append(upper ? 'E' : 'e').append(exponent);
        f.padFormattedParts(nonNeg ? (f.signPlus() ? "+" : "") : "-", body.toString());
    }

    // ---- floats ----

    public static void displayF64(Formatter f, double v) {
        floatDecimal(f, v, false, 0);
    }

    public static void displayF32(Formatter f, float v) {
        floatDecimal(f, v, true, 0);
    }

    public static void debugF64(Formatter f, double v) {
        floatDebug(f, v, false);
    }

    public static void debugF32(Formatter f, float v) {
        floatDebug(f, v, true);
    }

    public static void lowerExpF64(Formatter f, double v) {
        floatExp(f, v, false, false);
    }

    public static void upperExpF64(Formatter f, double v) {
        floatExp(f, v, false, true);
    }

    public static void lowerExpF32(Formatter f, float v) {
        floatExp(f, v, true, false);
    }

    public static void upperExpF32(Formatter f, float v) {
        floatExp(f, v, true, true);
    }

    private static String floatSign(Formatter f, double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        return negative ? "-" : f.signPlus() ? "+" : "";
    }

    /** Renders NaN/inf; returns false for finite values. */
    private static boolean special(Formatter f, double v) {
        if (Double.isNaN(v)) {
            f.padFormattedParts("", "NaN");
            return true;
        }
        if (Double.isInfinite(v)) {
            f.padFormattedParts(floatSign(f, v), "inf");
            return true;
        }
        return false;
    }

    /** {@code float_to_decimal_display} / the decimal branch of Debug ({@code minFrac} 0 or 1). */
    private static void floatDecimal(Formatter f, double v, boolean isF32, int minFrac) {
        if (special(f, v)) {
            return;
        }
        String sign = floatSign(f, v);
        double abs = Math.abs(v);
        String body;
        if (f.precision() >= 0) {
            body = FloatFmt.exactFixed(abs, f.precision());
        } else if (abs == 0) {
            body = minFrac > 0 ? "0." + "0".repeat(minFrac) : "0";
        } else {
            body = FloatFmt.decStr(FloatFmt.shortest(abs, isF32), minFrac);
        }
        f.padFormattedParts(sign, body);
    }

    private static void floatDebug(Formatter f, double v, boolean isF32) {
        double abs = Math.abs(v);
        if (f.precision() < 0 && !Double.isNaN(v) && ((abs != 0 && abs < 1e-4) || abs >= 1e16)) {
            floatExp(f, v, isF32, false);
        } else {
            floatDecimal(f, v, isF32, 1);
        }
    }

    private static void floatExp(Formatter f, double v, boolean isF32, boolean upper) {
        if (special(f, v)) {
            return;
        }
        String sign = floatSign(f, v);
        double abs = Math.abs(v);
        String body;
        if (f.precision() >= 0) {
            int nDigits = f.precision() + 1;
            if (abs == 0) {
                body = (nDigits > 1 ? "0." + "0".repeat(nDigits - 1) : "0") + (upper ? "E0" : "e0");
            } else {
                body = FloatFmt.expStr(FloatFmt.exactSignificant(abs, nDigits), nDigits, upper);
            }
        } else if (abs == 0) {
            body = upper ? "0E0" : "0e0";
        } else {
            body = FloatFmt.expStr(FloatFmt.shortest(abs, isF32), 0, upper);
        }
        f.padFormattedParts(sign, body);
    }

    // ---- bool, unit, char, str ----

    public static void displayBool(Formatter f, boolean b) {
        f.pad(b ? "true" : "false");
    }

    /** {@code ()} Debug. */
    public static void debugUnit(Formatter f) {
        f.pad("()");
    }

    public static void displayChar(Formatter f, int cp) {
        if (f.width() == 0 && f.precision() < 0) {
            f.writeChar(cp);
        } else {
            f.pad(Character.toString(cp));
        }
    }

    /** {@code '…'} with {@code escape_debug} rules; like rustc it ignores width and precision. */
    public static void debugChar(Formatter f, int cp) {
        f.writeChar('\'');
        escapeDebug(f, cp, true, false);
        f.writeChar('\'');
    }

    /** The Debug rendering of a char as a Java string (panic messages). */
    public static String charDebugString(int cp) {
        RString s = new RString();
        debugChar(new Formatter(s), cp);
        return s.toString();
    }

    public static void displayStr(Formatter f, RStr s) {
        f.pad(s);
    }

    public static void displayStr(Formatter f, RString s) {
        f.pad(s.asStr());
    }

    public static void displayStr(Formatter f, String s) {
        f.pad(s);
    }

    /** {@code "…"} with {@code escape_debug} rules; ignores width and precision like rustc. */
    public static void debugStr(Formatter f, RStr s) {
        f.writeChar('"');
        Chars it = s.chars();
        int cp;
        while ((cp = it.next()) >= 0) {
            escapeDebug(f, cp, false, true);
        }
        f.writeChar('"');
    }

    public static void debugStr(Formatter f, RString s) {
        debugStr(f, s.asStr());
    }

    public static void debugStr(Formatter f, String s) {
        debugStr(f, RStr.of(s));
    }

    /** {@code char::escape_debug_ext} with grapheme-extended chars escaped. */
    static void escapeDebug(FmtWrite w, int cp, boolean singleQuote, boolean doubleQuote) {
        switch (cp) {
            case 0 -> w.writeStr("\\0");
            case '\t' -> w.writeStr("\\t");
            case '\r' -> w.writeStr("\\r");
            case '\n' -> w.writeStr("\\n");
            case '\\' -> w.writeStr("\\\\");
            case '"' -> w.writeStr(doubleQuote ? "\\\"" : "\"");
            case '\'' -> w.writeStr(singleQuote ? "\\'" : "'");
            default -> {
                if (cp >= 0x20 && cp < 0x7f) {
                    w.writeChar(cp);
                } else if (UnicodeEscapes.needsUnicodeEscape(cp)) {
                    w.writeStr("\\u{" + Integer.toHexString(cp) + "}");
                } else {
                    w.writeChar(cp);
                }
            }
        }
    }

    // ---- collections ----

    /** {@code <[T] as Debug>::fmt} (also Vec and arrays): {@code [a, b]} or the pretty list. */
    public static void debugSlice(Formatter f, RSlice s, ValueFmt element) {
        DebugList l = f.debugList();
        for (int i = 0; i < s.length; i++) {
            Object v = s.getUnchecked(i);
            l.entry(g -> element.fmt(g, v));
        }
        l.finish();
    }

    // ---- convenience for generated code ----

    /** {@code format!("{}", x)}-style rendering of one value into a Java string. */
    public static String toJavaString(FmtFn value) {
        return Formatter.format(FmtSpec.DEFAULT, value);
    }
}
