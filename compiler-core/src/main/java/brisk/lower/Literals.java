package brisk.lower;

import java.math.BigInteger;

/** Decoding of Rust literal tokens: integers (any base, `_`, suffix), floats, chars and strings. */
final class Literals {
    private Literals() {}

    /** The value of an integer literal token, suffix and underscores ignored. */
    static BigInteger integer(String text) {
        String t = text.replace("_", "");
        int radix = 10;
        if (t.length() > 2 && t.charAt(0) == '0' && "xXoObB".indexOf(t.charAt(1)) >= 0) {
            radix = switch (Character.toLowerCase(t.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            t = t.substring(2);
        }
        int end = 0;
        // The suffix starts at its 'i' or 'u', which are digits in no base.
        while (end < t.length() && t.charAt(end) != 'i' && t.charAt(end) != 'u') {
            end++;
        }
        return new BigInteger(t.substring(0, end), radix);
    }

    /** The value of a float literal token, suffix and underscores ignored. */
    static double floating(String text) {
        String t = text.replace("_", "");
        if (t.endsWith("f32") || t.endsWith("f64")) {
            t = t.substring(0, t.length() - 3);
        }
        return Double.parseDouble(t);
    }

    /** The code point of a char literal token ({@code 'a'}, {@code '\n'}). */
    static int character(String text) {
        String body = text.substring(1, text.length() - 1);
        var sb = new StringBuilder();
        unescape(body, sb);
        return sb.codePointAt(0);
    }

    /** The value of a byte literal token ({@code b'a'}). */
    static int byteValue(String text) {
        return character(text.substring(1)) & 0xFF;
    }

    /** The text of a string literal token: plain ({@code "a\n"}) or raw ({@code r#"a"#}). */
    static String string(String text) {
        if (text.startsWith("r")) {
            int hashes = 0;
            while (text.charAt(1 + hashes) == '#') {
                hashes++;
            }
            return text.substring(2 + hashes, text.length() - 1 - hashes);
        }
        var sb = new StringBuilder();
        unescape(text.substring(1, text.length() - 1), sb);
        return sb.toString();
    }

    private static void unescape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'x' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    int close = s.indexOf('}', i);
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 2, close).replace("_", ""), 16));
                    i = close;
                }
                case '\n', '\r' -> {
                    // Line continuation: the newline and the next line's leading whitespace vanish.
                    while (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                        i++;
                    }
                }
                default -> out.append(n);
            }
        }
    }
}
