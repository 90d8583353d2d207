package brisk.items;

/** Decodes Rust string literal tokens (plain and raw) into their values, for attribute arguments. */
public final class StringLiterals {
    private StringLiterals() {}

    public static String value(String token) {
        if (token.startsWith("r")) {
            int hashes = 0;
            while (1 + hashes < token.length() && token.charAt(1 + hashes) == '#') {
                hashes++;
            }
            int start = 2 + hashes;
            int end = token.length() - 1 - hashes;
            return start <= end ? token.substring(start, end) : "";
        }
        if (token.length() < 2) {
            return "";
        }
        String body = token.substring(1, token.length() - 1);
        var sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case '\\', '"', '\'' -> sb.append(e);
                case '\n' -> {
                    while (i + 1 < body.length() && Character.isWhitespace(body.charAt(i + 1))) {
                        i++;
                    }
                }
                case 'u' -> {
                    int close = body.indexOf('}', i);
                    int cp = i + 1 < body.length() && body.charAt(i + 1) == '{' && close > 0
                            ? hex(body.substring(i + 2, close).replace("_", "")) : -1;
                    if (cp >= 0 && Character.isValidCodePoint(cp)) {
                        sb.appendCodePoint(cp);
                        i = close;
                    }
                }
                case 'x' -> {
                    int b = i + 2 < body.length() ? hex(body.substring(i + 1, i + 3)) : -1;
                    if (b >= 0) {
                        sb.append((char) b);
                        i += 2;
                    }
                }
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    /** The value of hex digits, or -1 when they are not (malformed literals were reported by the lexer). */
    private static int hex(String digits) {
        if (digits.isEmpty() || digits.length() > 6) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
