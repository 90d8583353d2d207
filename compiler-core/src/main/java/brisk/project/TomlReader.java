package brisk.project;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written TOML 1.0 reader for manifests. It exists for speed: a generated parser costs a few hundred
 * milliseconds of warm-up per process, this one a few microseconds per manifest.
 *
 * <p>Values come out as {@code Map<String, Object>} (tables, insertion-ordered), {@code List<Object>} (arrays
 * and arrays of tables), {@link String}, {@link Long}, {@link Double}, {@link Boolean} and {@link DateTime}.
 * Reading stops at the first error; the document read so far is still returned.
 */
final class TomlReader {

    /** A TOML date, time or date-time, kept as written (manifests never interpret one). */
    record DateTime(String text) {}

    /** The document and the first error, null when there is none. */
    record Result(Map<String, Object> document, Error error) {}

    /** A syntax or redefinition error at a 1-based line and column. */
    record Error(String message, int line, int column) {}

    private static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** How a table came to exist, which decides whether it may be defined or extended again. */
    private enum Origin {
        IMPLICIT, // a parent created by a header [a.b] (a is implicit until [a] defines it)
        HEADER, // defined by its own [header]
        DOTTED, // created by a dotted key a.b = 1
        INLINE, // { ... }: closed
        ARRAY_ELEMENT // one [[element]]
    }

    private final String text;
    private int pos;
    private final Map<Object, Origin> origins = new IdentityHashMap<>();
    /** Arrays created by [[header]], the only arrays headers may append to. */
    private final Map<Object, Boolean> tableArrays = new IdentityHashMap<>();

    private TomlReader(String text) {
        this.text = text;
    }

    static Result read(String text) {
        return new TomlReader(text).document();
    }

    private Result document() {
        var root = new LinkedHashMap<String, Object>();
        origins.put(root, Origin.HEADER);
        Map<String, Object> current = root;
        try {
            if (text.startsWith("\uFEFF")) {
                pos = 1;
            }
            while (true) {
                skipWhitespaceAndComments(true);
                if (pos >= text.length()) {
                    break;
                }
                char c = text.charAt(pos);
                if (c == '[') {
                    current = header(root);
                } else {
                    keyValue(current);
                }
                endOfLine();
            }
            return new Result(root, null);
        } catch (Failure f) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < Math.min(pos, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Result(root, new Error(f.getMessage(), line, pos - lineStart + 1));
        }
    }

    // ---- tables ----

    @SuppressWarnings("unchecked")
    private Map<String, Object> header(Map<String, Object> root) {
        boolean array = text.startsWith("[[", pos);
        pos += array ? 2 : 1;
        skipSpaces();
        List<String> keys = key();
        skipSpaces();
        if (!text.startsWith(array ? "]]" : "]", pos)) {
            throw new Failure("expected `" + (array ? "]]" : "]") + "` to close the table header");
        }
        pos += array ? 2 : 1;
        Map<String, Object> table = root;
        for (int i = 0; i < keys.size() - 1; i++) {
            Object next = table.get(keys.get(i));
            if (next == null) {
                var created = new LinkedHashMap<String, Object>();
                origins.put(created, Origin.IMPLICIT);
                table.put(keys.get(i), created);
                table = created;
            } else if (next instanceof Map<?, ?> map && origins.get(map) != Origin.INLINE) {
                table = (Map<String, Object>) map;
            } else if (next instanceof List<?> list && tableArrays.containsKey(list)) {
                table = (Map<String, Object>) list.getLast();
            } else {
                throw new Failure("key `" + String.join(".", keys.subList(0, i + 1)) + "` is not a table");
            }
        }
        String last = keys.getLast();
        Object existing = table.get(last);
        var created = new LinkedHashMap<String, Object>();
        if (array) {
            origins.put(created, Origin.ARRAY_ELEMENT);
            if (existing == null) {
                var elements = new ArrayList<Object>();
                tableArrays.put(elements, true);
                table.put(last, elements);
                elements.add(created);
            } else if (existing instanceof List<?> list && tableArrays.containsKey(list)) {
                ((List<Object>) list).add(created);
            } else {
                throw new Failure("`" + String.join(".", keys) + "` is already defined and is not an array of tables");
            }
            return created;
        }
        if (existing == null) {
            origins.put(created, Origin.HEADER);
            table.put(last, created);
            return created;
        }
        if (existing instanceof Map<?, ?> map && origins.get(map) == Origin.IMPLICIT) {
            origins.put(map, Origin.HEADER);
            return (Map<String, Object>) map;
        }
        throw new Failure("table `" + String.join(".", keys) + "` is defined more than once");
    }

    @SuppressWarnings("unchecked")
    private void keyValue(Map<String, Object> table) {
        int keyStart = pos;
        List<String> keys = key();
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != '=') {
            throw new Failure("expected `=` after key `" + String.join(".", keys) + "`");
        }
        pos++;
        skipSpaces();
        Object value = value();
        Map<String, Object> target = table;
        for (int i = 0; i < keys.size() - 1; i++) {
            Object next = target.get(keys.get(i));
            if (next == null) {
                var created = new LinkedHashMap<String, Object>();
                origins.put(created, Origin.DOTTED);
                target.put(keys.get(i), created);
                target = created;
            } else if (next instanceof Map<?, ?> map && origins.get(map) == Origin.DOTTED) {
                target = (Map<String, Object>) map;
            } else {
                pos = keyStart;
                throw new Failure("cannot extend `" + String.join(".", keys.subList(0, i + 1)) + "` with a dotted key");
            }
        }
        if (target.containsKey(keys.getLast())) {
            pos = keyStart;
            throw new Failure("duplicate key `" + String.join(".", keys) + "`");
        }
        target.put(keys.getLast(), value);
    }

    /** A possibly dotted key. */
    private List<String> key() {
        var keys = new ArrayList<String>(2);
        while (true) {
            keys.add(simpleKey());
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                skipSpaces();
            } else {
                return keys;
            }
        }
    }

    private String simpleKey() {
        if (pos >= text.length()) {
            throw new Failure("expected a key");
        }
        char c = text.charAt(pos);
        if (c == '"') {
            if (text.startsWith("\"\"\"", pos)) {
                throw new Failure("multi-line strings cannot be keys");
            }
            return basicString();
        }
        if (c == '\'') {
            if (text.startsWith("'''", pos)) {
                throw new Failure("multi-line strings cannot be keys");
            }
            return literalString();
        }
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw new Failure("expected a key, found `" + describe(c) + "`");
        }
        return text.substring(start, pos);
    }

    private static boolean isBareKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    // ---- values ----

    private Object value() {
        if (pos >= text.length()) {
            throw new Failure("expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '"' -> {
                return text.startsWith("\"\"\"", pos) ? multiLineBasicString() : basicString();
            }
            case '\'' -> {
                return text.startsWith("'''", pos) ? multiLineLiteralString() : literalString();
            }
            case '[' -> {
                return array();
            }
            case '{' -> {
                return inlineTable();
            }
            case 't' -> {
                return keyword("true", Boolean.TRUE);
            }
            case 'f' -> {
                return keyword("false", Boolean.FALSE);
            }
            default -> {
                return scalar();
            }
        }
    }

    private Object keyword(String word, Object value) {
        if (!text.startsWith(word, pos) || (pos + word.length() < text.length()
                && isBareKeyChar(text.charAt(pos + word.length())))) {
            throw new Failure("invalid value; strings need quotes");
        }
        pos += word.length();
        return value;
    }

    private List<Object> array() {
        pos++;
        var values = new ArrayList<Object>();
        while (true) {
            skipWhitespaceAndComments(true);
            if (pos >= text.length()) {
                throw new Failure("unterminated array");
            }
            if (text.charAt(pos) == ']') {
                pos++;
                return values;
            }
            values.add(value());
            skipWhitespaceAndComments(true);
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                return values;
            } else {
                throw new Failure("expected `,` or `]` in array");
            }
        }
    }

    private Map<String, Object> inlineTable() {
        pos++;
        var table = new LinkedHashMap<String, Object>();
        origins.put(table, Origin.INLINE);
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return table;
        }
        while (true) {
            skipSpaces();
            keyValue(table); // dotted keys build tables closed along with this one (markInline)
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                markInline(table);
                return table;
            } else {
                throw new Failure("expected `,` or `}` in inline table");
            }
        }
    }

    private void markInline(Object value) {
        if (value instanceof Map<?, ?> map) {
            origins.put(map, Origin.INLINE);
            map.values().forEach(this::markInline);
        }
    }

    /** Integers, floats and date-times: a run of their characters, then classified. */
    private Object scalar() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean dateTimeSpace = c == ' ' && pos - start == 10 && pos + 1 < text.length()
                    && Character.isDigit(text.charAt(pos + 1)) && text.charAt(start + 4) == '-';
            if (isBareKeyChar(c) || c == '+' || c == '.' || c == ':' || dateTimeSpace) {
                pos++;
            } else {
                break;
            }
        }
        String token = text.substring(start, pos);
        if (token.isEmpty()) {
            throw new Failure("expected a value, found `" + describe(text.charAt(pos)) + "`");
        }
        Object number = number(token);
        if (number != null) {
            return number;
        }
        if (isDateTime(token)) {
            return new DateTime(token);
        }
        pos = start;
        throw new Failure("invalid value `" + token + "`; strings need quotes");
    }

    /** A TOML integer or float, or null when {@code token} is not shaped like one. */
    private Object number(String token) {
        String t = token;
        String sign = "";
        if (t.startsWith("+") || t.startsWith("-")) {
            sign = t.substring(0, 1);
            t = t.substring(1);
        }
        if (t.equals("inf")) {
            return sign.equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equals("nan")) {
            return Double.NaN;
        }
        if (sign.isEmpty() && t.length() > 2 && t.charAt(0) == '0' && "xob".indexOf(t.charAt(1)) >= 0) {
            int radix = t.charAt(1) == 'x' ? 16 : t.charAt(1) == 'o' ? 8 : 2;
            String digits = digits(t.substring(2), radix);
            if (digits == null) {
                return null;
            }
            try {
                return Long.parseLong(digits, radix);
            } catch (NumberFormatException e) {
                throw new Failure("integer `" + token + "` is out of range");
            }
        }
        int exponent = Math.max(t.indexOf('e'), t.indexOf('E'));
        int dot = t.indexOf('.');
        String intPart = t.substring(0, dot >= 0 ? dot : exponent >= 0 ? exponent : t.length());
        String intDigits = digits(intPart, 10);
        if (intDigits == null || (intDigits.length() > 1 && intDigits.charAt(0) == '0')) {
            return null;
        }
        if (dot < 0 && exponent < 0) {
            try {
                return Long.parseLong(sign + intDigits);
            } catch (NumberFormatException e) {
                throw new Failure("integer `" + token + "` is out of range");
            }
        }
        String fraction = "";
        if (dot >= 0) {
            fraction = digits(t.substring(dot + 1, exponent > dot ? exponent : t.length()), 10);
            if (fraction == null || (exponent >= 0 && exponent < dot)) {
                return null;
            }
        }
        String exp = "";
        if (exponent >= 0) {
            String e = t.substring(exponent + 1);
            String expSign = e.startsWith("+") || e.startsWith("-") ? e.substring(0, 1) : "";
            String expDigits = digits(e.substring(expSign.length()), 10);
            if (expDigits == null) {
                return null;
            }
            exp = "e" + expSign + expDigits;
        }
        return Double.parseDouble(sign + intDigits + (fraction.isEmpty() ? "" : "." + fraction) + exp);
    }

    /** Digits of {@code radix} with single underscores between digits, underscores removed; else null. */
    private static String digits(String s, int radix) {
        if (s.isEmpty() || s.charAt(0) == '_' || s.charAt(s.length() - 1) == '_') {
            return null;
        }
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (s.charAt(i - 1) == '_') {
                    return null;
                }
            } else if (Character.digit(c, radix) >= 0 && c < 128) {
                out.append(c);
            } else {
                return null;
            }
        }
        return out.toString();
    }

    private static boolean isDateTime(String token) {
        boolean date = token.length() >= 10 && token.charAt(4) == '-' && token.charAt(7) == '-';
        boolean time = token.length() >= 8 && token.charAt(2) == ':' && token.charAt(5) == ':';
        if (!date && !time) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(Character.isDigit(c) || "-:.+TtZz ".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    // ---- strings ----

    private String basicString() {
        pos++;
        var out = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n') {
                throw new Failure("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else {
                checkControl(c, false);
                out.append(c);
            }
        }
    }

    private String multiLineBasicString() {
        pos += 3;
        skipFirstNewline();
        var out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new Failure("unterminated multi-line string");
            }
            if (text.startsWith("\"\"\"", pos)) {
                // Up to two quotes may directly precede the closing delimiter.
                int quotes = 3;
                while (quotes < 5 && pos + quotes < text.length() && text.charAt(pos + quotes) == '"') {
                    quotes++;
                }
                out.append("\"".repeat(quotes - 3));
                pos += quotes;
                return out.toString();
            }
            char c = text.charAt(pos++);
            if (c == '\\') {
                int save = pos;
                skipSpaces();
                if (pos < text.length() && (text.charAt(pos) == '\n' || text.startsWith("\r\n", pos))) {
                    // Line-ending backslash: drop the newline and all following whitespace.
                    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                        pos++;
                    }
                } else {
                    pos = save;
                    escape(out);
                }
            } else {
                if (c == '\r' && !(pos < text.length() && text.charAt(pos) == '\n')) {
                    pos--;
                    throw new Failure("a carriage return must be followed by a newline");
                }
                checkControl(c, true);
                out.append(c);
            }
        }
    }

    private String literalString() {
        int start = ++pos;
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n') {
                throw new Failure("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '\'') {
                pos++;
                return text.substring(start, pos - 1);
            }
            checkControl(c, false);
            pos++;
        }
    }

    private String multiLineLiteralString() {
        pos += 3;
        skipFirstNewline();
        int start = pos;
        int end = text.indexOf("'''", pos);
        if (end < 0) {
            throw new Failure("unterminated multi-line string");
        }
        // Up to two quotes may directly precede the closing delimiter.
        int extra = 0;
        while (extra < 2 && end + 3 + extra < text.length() && text.charAt(end + 3 + extra) == '\'') {
            extra++;
        }
        end += extra;
        for (pos = start; pos < end; pos++) {
            char c = text.charAt(pos);
            if (c == '\r' && text.charAt(pos + 1) != '\n') {
                throw new Failure("a carriage return must be followed by a newline");
            }
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) {
                throw new Failure("control characters must be escaped in strings");
            }
        }
        pos = end + 3;
        return text.substring(start, end);
    }

    private void skipFirstNewline() {
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
    }

    private void escape(StringBuilder out) {
        if (pos >= text.length()) {
            throw new Failure("unterminated string");
        }
        char e = text.charAt(pos++);
        switch (e) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u' -> out.appendCodePoint(hexEscape(4));
            case 'U' -> out.appendCodePoint(hexEscape(8));
            default -> {
                pos--;
                throw new Failure("invalid escape sequence `\\" + describe(e) + "`");
            }
        }
    }

    private int hexEscape(int digits) {
        if (pos + digits > text.length()) {
            throw new Failure("incomplete unicode escape");
        }
        long code = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0 || text.charAt(pos + i) >= 128) {
                throw new Failure("invalid unicode escape");
            }
            code = code * 16 + d;
        }
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            throw new Failure("unicode escape is not a scalar value");
        }
        pos += digits;
        return (int) code;
    }

    private void checkControl(char c, boolean multiLine) {
        boolean allowed = c == '\t' || (multiLine && (c == '\n' || c == '\r'));
        if ((c < 0x20 || c == 0x7F) && !allowed) {
            pos--;
            throw new Failure("control characters must be escaped in strings");
        }
    }

    // ---- layout ----

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipWhitespaceAndComments(boolean newlines) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || (newlines && (c == '\n' || text.startsWith("\r\n", pos)))) {
                pos++;
            } else if (c == '#') {
                comment();
            } else {
                return;
            }
        }
    }

    private void comment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            char c = text.charAt(pos);
            if (c == '\r' && text.startsWith("\r\n", pos)) {
                return;
            }
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw new Failure("control characters are not allowed in comments");
            }
            pos++;
        }
    }

    /** After a statement only a comment may follow on the same line. */
    private void endOfLine() {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '#') {
            comment();
        }
        if (pos >= text.length()) {
            return;
        }
        if (text.charAt(pos) == '\n') {
            pos++;
        } else if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else {
            throw new Failure("expected a newline after the value, found `" + describe(text.charAt(pos)) + "`");
        }
    }

    private static String describe(char c) {
        return c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.valueOf(c);
    }
}
