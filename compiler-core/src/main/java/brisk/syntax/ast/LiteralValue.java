package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The decoded value of a literal token: numbers with their suffix, unescaped strings and chars.
 * Decoding never throws; a malformed literal yields {@link Invalid} with a rustc-style message.
 */
public sealed interface LiteralValue {
    /** An integer literal; {@code suffix} is e.g. {@code "u8"} or empty. Range checks are left to type checking. */
    record IntValue(BigInteger value, String suffix) implements LiteralValue {}

    /** A float literal: its digits without underscores (parseable by {@link Double#parseDouble}) and suffix. */
    record FloatValue(String digits, String suffix) implements LiteralValue {}

    record BoolValue(boolean value) implements LiteralValue {}

    /** A char literal's Unicode scalar value. */
    record CharValue(int codePoint) implements LiteralValue {}

    record ByteValue(int value) implements LiteralValue {}

    record StrValue(String value) implements LiteralValue {}

    record ByteStrValue(byte[] value) implements LiteralValue {}

    /** A C string's bytes, without the implicit NUL terminator. */
    record CStrValue(byte[] value) implements LiteralValue {}

    record Invalid(String message) implements LiteralValue {}

    /** Decodes a literal token of kind {@code kind} spelled {@code text}. */
    static LiteralValue of(SyntaxKind kind, String text) {
        return switch (kind) {
            case TRUE_KW -> new BoolValue(true);
            case FALSE_KW -> new BoolValue(false);
            case INT_NUMBER -> integer(text);
            case FLOAT_NUMBER -> floating(text);
            case CHAR, BYTE -> charOrByte(kind, text);
            case STRING, BYTE_STRING, C_STRING -> string(kind, text);
            default -> new Invalid("not a literal");
        };
    }

    private static LiteralValue integer(String text) {
        int radix = 10;
        int i = 0;
        if (text.length() >= 2 && text.charAt(0) == '0') {
            switch (text.charAt(1)) {
                case 'x' -> radix = 16;
                case 'o' -> radix = 8;
                case 'b' -> radix = 2;
                default -> {
                }
            }
            if (radix != 10) {
                i = 2;
            }
        }
        StringBuilder digits = new StringBuilder();
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                continue;
            }
            boolean isDigit = radix == 16 ? Character.digit(c, 16) >= 0 : c >= '0' && c <= '9';
            if (!isDigit) {
                break;
            }
            if (Character.digit(c, radix) < 0) {
                return new Invalid("invalid digit for a base " + radix + " literal");
            }
            digits.append(c);
        }
        String suffix = text.substring(i);
        if (digits.isEmpty()) {
            return new Invalid("no valid digits found for number");
        }
        return new IntValue(new BigInteger(digits.toString(), radix), suffix);
    }

    private static LiteralValue floating(String text) {
        StringBuilder digits = new StringBuilder();
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                continue;
            }
            boolean exponentSign = (c == '+' || c == '-') && i > 0 && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E');
            if (!(Character.isDigit(c) || c == '.' || c == 'e' || c == 'E' || exponentSign)) {
                break;
            }
            digits.append(c);
        }
        return new FloatValue(digits.toString(), text.substring(i));
    }

    private static LiteralValue charOrByte(SyntaxKind kind, String text) {
        int open = text.indexOf('\'');
        int close = text.lastIndexOf('\'');
        if (open < 0 || close <= open) {
            return new Invalid("unterminated character literal");
        }
        StringBuilder out = new StringBuilder();
        String error = unescape(text, open + 1, close, kind == SyntaxKind.BYTE, out);
        if (error != null) {
            return new Invalid(error);
        }
        if (out.codePointCount(0, out.length()) != 1) {
            return new Invalid(out.isEmpty() ? "empty character literal" : "character literal may only contain one codepoint");
        }
        int cp = out.codePointAt(0);
        return kind == SyntaxKind.BYTE ? new ByteValue(cp) : new CharValue(cp);
    }

    private static LiteralValue string(SyntaxKind kind, String text) {
        int prefix = kind == SyntaxKind.STRING ? 0 : 1;
        boolean raw = text.length() > prefix && text.charAt(prefix) == 'r';
        int quote = text.indexOf('"');
        int close = text.lastIndexOf('"');
        if (quote < 0 || close <= quote) {
            return new Invalid("unterminated double quote string");
        }
        String body;
        if (raw) {
            body = text.substring(quote + 1, close);
        } else {
            StringBuilder out = new StringBuilder();
            String error = unescape(text, quote + 1, close, kind == SyntaxKind.BYTE_STRING, out);
            if (error != null) {
                return new Invalid(error);
            }
            body = out.toString();
        }
        return switch (kind) {
            case STRING -> new StrValue(body);
            case BYTE_STRING -> new ByteStrValue(latin1Bytes(body));
            default -> new CStrValue(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Byte-string escapes produce values 0..255 stored as chars; map them back to bytes. */
    private static byte[] latin1Bytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
        return out.toByteArray();
    }

    /** Unescapes {@code text[from, to)} into {@code out}; returns an error message or null. */
    private static String unescape(String text, int from, int to, boolean bytes, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '\\') {
                if (bytes && c >= 0x80) {
                    return "non-ASCII character in byte string literal";
                }
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= to) {
                return "unterminated escape";
            }
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case '0' -> out.append('\0');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'x' -> {
                    if (i + 2 > to) {
                        return "numeric character escape is too short";
                    }
                    if (Character.digit(text.charAt(i), 16) < 0 || Character.digit(text.charAt(i + 1), 16) < 0) {
                        return "invalid character in numeric character escape";
                    }
                    int v = Integer.parseInt(text, i, i + 2, 16);
                    if (!bytes && v > 0x7F) {
                        return "out of range hex escape";
                    }
                    out.append((char) v);
                    i += 2;
                }
                case 'u' -> {
                    int close = text.indexOf('}', i);
                    if (bytes || i >= to || text.charAt(i) != '{' || close < 0 || close >= to) {
                        return bytes ? "unicode escape in byte string" : "incorrect unicode escape sequence";
                    }
                    String hex = text.substring(i + 1, close).replace("_", "");
                    if (hex.isEmpty() || hex.length() > 6 || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                        return "invalid unicode character escape";
                    }
                    int cp = Integer.parseInt(hex, 16);
                    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        return "invalid unicode character escape";
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                }
                case '\n' -> {
                    // Line continuation: skip the newline and the following whitespace.
                    while (i < to && Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                }
                case '\r' -> {
                    if (i < to && text.charAt(i) == '\n') {
                        while (i < to && Character.isWhitespace(text.charAt(i))) {
                            i++;
                        }
                    } else {
                        return "unknown character escape: `\\r`";
                    }
                }
                default -> {
                    return "unknown character escape: `" + e + "`";
                }
            }
        }
        return null;
    }
}
