package brisk.runtime;

/**
 * The options of one {@code {…}} placeholder: {@code [[fill]align][sign]['#']['0'][width]['.'
 * precision][type]}. {@code align} is {@code '<'}, {@code '>'}, {@code '^'} or {@code 0} (unset:
 * each type picks its default); {@code width} is 0 when absent (as in Rust, where a width of 0
 * never pads); {@code precision} is -1 when absent. {@code type} selects the trait:
 * {@code ' '} Display, {@code '?'} Debug, {@code 'x' 'X' 'o' 'b' 'e' 'E'}; {@code {:x?}} is
 * {@code '?'} with {@code debugLowerHex}. Codegen builds specs with runtime width/precision
 * ({@code {:1$}}, {@code {:.*}}) through the canonical constructor.
 */
public record FmtSpec(int fill, char align, boolean plus, boolean minus, boolean alternate,
                      boolean zeroPad, boolean debugLowerHex, boolean debugUpperHex, int width,
                      int precision, char type) {

    public static final FmtSpec DEFAULT = new FmtSpec(' ', (char) 0, false, false, false, false, false, false, 0, -1, ' ');
    public static final FmtSpec DEBUG = DEFAULT.withType('?');
    public static final FmtSpec PRETTY_DEBUG = new FmtSpec(' ', (char) 0, false, false, true, false, false, false, 0, -1, '?');

    /**
     * A runtime width or precision ({@code {:1$}}, {@code {:.*}}): Rust stores them as u16 and
     * panics at the {@code format!} site when the usize argument does not fit.
     */
    public static int count(long value, String loc) {
        if (Long.compareUnsigned(value, 0xFFFF) > 0) {
            throw Panic.panic("Formatting argument out of range", loc);
        }
        return (int) value;
    }

    public FmtSpec withType(char t) {
        return new FmtSpec(fill, align, plus, minus, alternate, zeroPad, debugLowerHex, debugUpperHex, width, precision, t);
    }

    public FmtSpec withWidth(int w) {
        return new FmtSpec(fill, align, plus, minus, alternate, zeroPad, debugLowerHex, debugUpperHex, w, precision, type);
    }

    public FmtSpec withPrecision(int p) {
        return new FmtSpec(fill, align, plus, minus, alternate, zeroPad, debugLowerHex, debugUpperHex, width, p, type);
    }

    /**
     * Parses the text after the colon of a placeholder with literal width and precision, e.g.
     * {@code "*^8.3"}, {@code "#010x"}, {@code "+?"} (an empty string is Display). Throws
     * {@link IllegalArgumentException} on text rustc would reject.
     */
    public static FmtSpec parse(String s) {
        int i = 0;
        int n = s.length();
        int fill = ' ';
        char align = 0;
        if (n > 0) {
            int c0 = s.codePointAt(0);
            int next = Character.charCount(c0);
            if (next < n && isAlign(s.charAt(next))) {
                fill = c0;
                align = s.charAt(next);
                i = next + 1;
            } else if (isAlign(s.charAt(0))) {
                align = s.charAt(0);
                i = 1;
            }
        }
        boolean plus = false;
        boolean minus = false;
        if (i < n && s.charAt(i) == '+') {
            plus = true;
            i++;
        } else if (i < n && s.charAt(i) == '-') {
            minus = true;
            i++;
        }
        boolean alternate = false;
        if (i < n && s.charAt(i) == '#') {
            alternate = true;
            i++;
        }
        boolean zero = false;
        if (i < n && s.charAt(i) == '0' && !(i + 1 < n && s.charAt(i + 1) == '$')) {
            zero = true;
            i++;
        }
        int width = 0;
        while (i < n && Character.isDigit(s.charAt(i))) {
            width = width * 10 + (s.charAt(i++) - '0');
        }
        int precision = -1;
        if (i < n && s.charAt(i) == '.') {
            i++;
            precision = 0;
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                precision = precision * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                throw new IllegalArgumentException("precision expected in " + s);
            }
        }
        boolean lowerHexDebug = false;
        boolean upperHexDebug = false;
        char type = ' ';
        String rest = s.substring(i);
        switch (rest) {
            case "" -> type = ' ';
            case "?", "x", "X", "o", "b", "e", "E" -> type = rest.charAt(0);
            case "x?" -> {
                type = '?';
                lowerHexDebug = true;
            }
            case "X?" -> {
                type = '?';
                upperHexDebug = true;
            }
            default -> throw new IllegalArgumentException("unknown format spec " + s);
        }
        return new FmtSpec(fill, align, plus, minus, alternate, zero, lowerHexDebug, upperHexDebug, width, precision, type);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^';
    }
}
