package brisk.syntax;

import brisk.base.TextRange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-written Rust lexer over the UTF-8 bytes of the source.
 *
 * <p>Works on bytes so that every offset is a byte offset, as in rustc spans. Non-ASCII code points
 * are decoded only where they matter (identifiers, unknown characters); an unknown character becomes
 * one {@link SyntaxKind#ERROR_TOKEN} covering its whole UTF-8 sequence. Punctuation is always a single
 * character; malformed literals still produce a token (plus an error), so lexing never fails.
 */
final class Lexer {
    private final byte[] src;
    private final int len;
    private int pos;
    private int[] kinds = new int[64];
    private int[] starts = new int[65];
    private int count;
    private final List<SyntaxError> errors = new ArrayList<>();
    /** Last two non-trivia kinds, to decide whether {@code 0.1} after {@code x.} is a float. */
    private SyntaxKind prevSignificant = SyntaxKind.EOF;
    private SyntaxKind prevPrevSignificant = SyntaxKind.EOF;

    Lexer(byte[] src) {
        this.src = src;
        this.len = src.length;
    }

    LexedText run() {
        if (len >= 3 && (src[0] & 0xFF) == 0xEF && (src[1] & 0xFF) == 0xBB && (src[2] & 0xFF) == 0xBF) {
            // A UTF-8 byte order mark, which rustc ignores: kept as trivia.
            pos = 3;
            push(SyntaxKind.WHITESPACE, 0);
        }
        if (len - pos >= 2 && src[pos] == '#' && src[pos + 1] == '!' && !shebangIsInnerAttr()) {
            int start = pos;
            while (pos < len && src[pos] != '\n') {
                pos++;
            }
            push(SyntaxKind.SHEBANG, start);
        }
        while (pos < len) {
            int start = pos;
            SyntaxKind kind = next();
            // Malformed literals may stop scanning inside a multi-byte character; a token must
            // never end there, or its text would not decode.
            while (pos < len && (src[pos] & 0xC0) == 0x80) {
                pos++;
            }
            push(kind, start);
        }
        starts[count] = len;
        return new LexedText(src, kinds, starts, count, errors);
    }

    private boolean shebangIsInnerAttr() {
        int i = pos + 2;
        while (i < len && isWhitespace(src[i])) {
            i++;
        }
        return i < len && src[i] == '[';
    }

    private void push(SyntaxKind kind, int start) {
        if (count + 1 >= kinds.length) {
            kinds = Arrays.copyOf(kinds, kinds.length * 2);
            starts = Arrays.copyOf(starts, starts.length * 2 + 1);
        }
        kinds[count] = kind.ordinal();
        starts[count] = start;
        count++;
        if (!kind.isTrivia()) {
            prevPrevSignificant = prevSignificant;
            prevSignificant = kind;
        }
    }

    private int peek(int ahead) {
        int i = pos + ahead;
        return i < len ? src[i] & 0xFF : -1;
    }

    private void error(String message, int start) {
        errors.add(new SyntaxError(message, new TextRange(start, pos)));
    }

    private SyntaxKind next() {
        int start = pos;
        int c = src[pos] & 0xFF;
        if (isWhitespace((byte) c)) {
            while (pos < len && isWhitespace(src[pos])) {
                pos++;
            }
            return SyntaxKind.WHITESPACE;
        }
        if (c == '/' && peek(1) == '/') {
            while (pos < len && src[pos] != '\n') {
                pos++;
            }
            return SyntaxKind.COMMENT;
        }
        if (c == '/' && peek(1) == '*') {
            blockComment(start);
            return SyntaxKind.COMMENT;
        }
        if (c == 'r' && peek(1) == '#' && isIdentStartAt(pos + 2)) {
            pos += 2;
            identRest();
            return SyntaxKind.IDENT;
        }
        if (c == 'r' && (peek(1) == '"' || (peek(1) == '#' && rawHashesThenQuote(pos + 1)))) {
            pos += 1;
            rawString(start);
            return SyntaxKind.STRING;
        }
        if ((c == 'b' || c == 'c') && peek(1) == 'r' && (peek(2) == '"' || (peek(2) == '#' && rawHashesThenQuote(pos + 2)))) {
            pos += 2;
            rawString(start);
            return c == 'b' ? SyntaxKind.BYTE_STRING : SyntaxKind.C_STRING;
        }
        if ((c == 'b' || c == 'c') && peek(1) == '"') {
            pos += 1;
            quotedString(start);
            return c == 'b' ? SyntaxKind.BYTE_STRING : SyntaxKind.C_STRING;
        }
        if (c == 'b' && peek(1) == '\'') {
            pos += 1;
            charLiteral(start, true);
            return SyntaxKind.BYTE;
        }
        if (isIdentStartAt(pos)) {
            identRest();
            if (pos - start == 1 && c == '_') {
                return SyntaxKind.UNDERSCORE;
            }
            return keywordOrIdent(start, pos);
        }
        if (c >= '0' && c <= '9') {
            return number(start);
        }
        if (c == '"') {
            quotedString(start);
            return SyntaxKind.STRING;
        }
        if (c == '\'') {
            return quoteOrLifetime(start);
        }
        if (c < 0x80) {
            pos++;
            SyntaxKind punct = punct(c);
            if (punct != null) {
                return punct;
            }
            error("unknown start of token: " + describeChar(c), start);
            return SyntaxKind.ERROR_TOKEN;
        }
        int cp = codePointAt(pos);
        pos += utf8Length(src[pos]);
        if (isUnicodeWhitespace(cp)) {
            return SyntaxKind.WHITESPACE;
        }
        error("unknown start of token: " + describeChar(cp), start);
        return SyntaxKind.ERROR_TOKEN;
    }

    /** Like Rust's {@code char::escape_default}: printable ASCII as is, anything else {@code \\u{hex}}. */
    /** Keyword spellings grouped by first letter, so that identifiers are classified without allocating. */
    private static final byte[][][] KEYWORDS_BY_FIRST = new byte[128][][];
    private static final SyntaxKind[][] KEYWORD_KINDS_BY_FIRST = new SyntaxKind[128][];

    static {
        for (SyntaxKind k : SyntaxKind.values()) {
            if (k.isKeyword()) {
                byte[] spelling = k.fixedText().getBytes(StandardCharsets.US_ASCII);
                int c = spelling[0];
                byte[][] words = KEYWORDS_BY_FIRST[c];
                SyntaxKind[] kinds = KEYWORD_KINDS_BY_FIRST[c];
                int n = words == null ? 0 : words.length;
                words = words == null ? new byte[1][] : Arrays.copyOf(words, n + 1);
                kinds = kinds == null ? new SyntaxKind[1] : Arrays.copyOf(kinds, n + 1);
                words[n] = spelling;
                kinds[n] = k;
                KEYWORDS_BY_FIRST[c] = words;
                KEYWORD_KINDS_BY_FIRST[c] = kinds;
            }
        }
    }

    private SyntaxKind keywordOrIdent(int start, int end) {
        int c = src[start];
        byte[][] words = c >= 0 ? KEYWORDS_BY_FIRST[c] : null;
        if (words != null) {
            for (int i = 0; i < words.length; i++) {
                if (Arrays.equals(words[i], 0, words[i].length, src, start, end)) {
                    return KEYWORD_KINDS_BY_FIRST[c][i];
                }
            }
        }
        return SyntaxKind.IDENT;
    }

    private static String describeChar(int c) {
        return c < 0x20 || c >= 0x7F ? String.format("\\u{%x}", c) : String.valueOf((char) c);
    }

    private static SyntaxKind punct(int c) {
        return switch (c) {
            case ';' -> SyntaxKind.SEMICOLON;
            case ',' -> SyntaxKind.COMMA;
            case '.' -> SyntaxKind.DOT;
            case '(' -> SyntaxKind.L_PAREN;
            case ')' -> SyntaxKind.R_PAREN;
            case '{' -> SyntaxKind.L_CURLY;
            case '}' -> SyntaxKind.R_CURLY;
            case '[' -> SyntaxKind.L_BRACK;
            case ']' -> SyntaxKind.R_BRACK;
            case '@' -> SyntaxKind.AT;
            case '#' -> SyntaxKind.POUND;
            case '~' -> SyntaxKind.TILDE;
            case '?' -> SyntaxKind.QUESTION;
            case ':' -> SyntaxKind.COLON;
            case '$' -> SyntaxKind.DOLLAR;
            case '=' -> SyntaxKind.EQ;
            case '!' -> SyntaxKind.BANG;
            case '<' -> SyntaxKind.LT;
            case '>' -> SyntaxKind.GT;
            case '-' -> SyntaxKind.MINUS;
            case '&' -> SyntaxKind.AMP;
            case '|' -> SyntaxKind.PIPE;
            case '+' -> SyntaxKind.PLUS;
            case '*' -> SyntaxKind.STAR;
            case '/' -> SyntaxKind.SLASH;
            case '^' -> SyntaxKind.CARET;
            case '%' -> SyntaxKind.PERCENT;
            default -> null;
        };
    }

    // ----- comments

    private void blockComment(int start) {
        pos += 2;
        int depth = 1;
        while (pos < len) {
            if (src[pos] == '/' && peek(1) == '*') {
                pos += 2;
                depth++;
            } else if (src[pos] == '*' && peek(1) == '/') {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        error("unterminated block comment", start);
    }

    // ----- identifiers

    private boolean isIdentStartAt(int i) {
        if (i >= len) {
            return false;
        }
        int c = src[i] & 0xFF;
        if (c < 0x80) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(codePointAt(i));
    }

    private boolean isIdentContinueAt(int i) {
        if (i >= len) {
            return false;
        }
        int c = src[i] & 0xFF;
        if (c < 0x80) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int cp = codePointAt(i);
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private void identRest() {
        while (isIdentContinueAt(pos)) {
            pos += utf8Length(src[pos]);
        }
    }

    private int codePointAt(int i) {
        int b0 = src[i] & 0xFF;
        int n = utf8Length(src[i]);
        if (n == 1 || i + n > len) {
            return b0;
        }
        int cp = b0 & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            cp = (cp << 6) | (src[i + k] & 0x3F);
        }
        return cp;
    }

    private static int utf8Length(byte lead) {
        int b = lead & 0xFF;
        if (b < 0xC0) {
            return 1;
        }
        if (b < 0xE0) {
            return 2;
        }
        return b < 0xF0 ? 3 : 4;
    }

    /** The non-ASCII members of Rust's whitespace set (Unicode Pattern_White_Space). */
    private static boolean isUnicodeWhitespace(int cp) {
        return cp == 0x85 || cp == 0x200E || cp == 0x200F || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
    }

    // ----- numbers

    private SyntaxKind number(int start) {
        int c = src[pos];
        int base = 10;
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
            base = peek(1) == 'x' ? 16 : peek(1) == 'o' ? 8 : 2;
            pos += 2;
            int digitsStart = pos;
            // Any hex digit is consumed even for octal/binary so that `0b102` is one (invalid) token.
            while (pos < len && (isHexDigit(src[pos]) || src[pos] == '_')) {
                pos++;
            }
            if (pos == digitsStart || onlyUnderscores(digitsStart, pos)) {
                error("no valid digits found for number", start);
            }
            suffix();
            return SyntaxKind.INT_NUMBER;
        }
        decimalDigits();
        boolean isFloat = false;
        // After `x.` (field access, not a range `..`), `0.1` is two tuple indices, not a float.
        boolean afterFieldDot = prevSignificant == SyntaxKind.DOT && prevPrevSignificant != SyntaxKind.DOT;
        if (!afterFieldDot && pos < len && src[pos] == '.' && peek(1) != '.' && !isIdentStartAt(pos + 1)) {
            pos++;
            isFloat = true;
            if (pos < len && src[pos] >= '0' && src[pos] <= '9') {
                decimalDigits();
            }
        }
        if (!afterFieldDot && pos < len && (src[pos] == 'e' || src[pos] == 'E') && exponentFollows()) {
            pos++;
            if (src[pos] == '+' || src[pos] == '-') {
                pos++;
            }
            decimalDigits();
            isFloat = true;
        }
        int suffixStart = pos;
        suffix();
        if (!isFloat && pos > suffixStart) {
            String s = new String(src, suffixStart, pos - suffixStart, StandardCharsets.UTF_8);
            if (s.equals("f32") || s.equals("f64")) {
                return SyntaxKind.FLOAT_NUMBER;
            }
        }
        return isFloat ? SyntaxKind.FLOAT_NUMBER : SyntaxKind.INT_NUMBER;
    }

    private boolean exponentFollows() {
        int i = pos + 1;
        if (i < len && (src[i] == '+' || src[i] == '-')) {
            i++;
        }
        while (i < len && src[i] == '_') {
            i++;
        }
        return i < len && src[i] >= '0' && src[i] <= '9';
    }

    private boolean onlyUnderscores(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src[i] != '_') {
                return false;
            }
        }
        return true;
    }

    private void decimalDigits() {
        while (pos < len && ((src[pos] >= '0' && src[pos] <= '9') || src[pos] == '_')) {
            pos++;
        }
    }

    private static boolean isHexDigit(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private void suffix() {
        if (isIdentStartAt(pos)) {
            identRest();
        }
    }

    // ----- strings and chars

    private void quotedString(int start) {
        pos++; // opening quote
        while (pos < len) {
            byte b = src[pos];
            if (b == '\\' && pos + 1 < len) {
                pos += 2;
            } else if (b == '"') {
                pos++;
                suffix();
                return;
            } else {
                pos++;
            }
        }
        error("unterminated double quote string", start);
    }

    private boolean rawHashesThenQuote(int i) {
        while (i < len && src[i] == '#') {
            i++;
        }
        return i < len && src[i] == '"';
    }

    /** At the first {@code #} or {@code "} after the raw-string prefix. */
    private void rawString(int start) {
        int hashes = 0;
        while (pos < len && src[pos] == '#') {
            hashes++;
            pos++;
        }
        pos++; // opening quote
        while (pos < len) {
            if (src[pos] == '"' && closingHashes(pos + 1, hashes)) {
                pos += 1 + hashes;
                suffix();
                return;
            }
            pos++;
        }
        error("unterminated raw string", start);
    }

    private boolean closingHashes(int i, int hashes) {
        for (int k = 0; k < hashes; k++) {
            if (i + k >= len || src[i + k] != '#') {
                return false;
            }
        }
        return true;
    }

    /**
     * At a {@code '}: a lifetime {@code 'a} unless the identifier is immediately closed by a quote
     * ({@code 'a'}), otherwise a char literal.
     */
    private SyntaxKind quoteOrLifetime(int start) {
        if (isIdentStartAt(pos + 1)) {
            int save = pos;
            pos++;
            if (src[pos] == 'r' && peek(1) == '#' && isIdentStartAt(pos + 2)) {
                pos += 2;
            }
            identRest();
            if (pos < len && src[pos] == '\'') {
                pos = save;
            } else {
                return SyntaxKind.LIFETIME_IDENT;
            }
        }
        charLiteral(start, false);
        return SyntaxKind.CHAR;
    }

    /** At the opening quote of a char or byte literal. */
    private void charLiteral(int start, boolean isByte) {
        pos++;
        if (pos < len && src[pos] == '\\') {
            pos = Math.min(pos + 2, len);
            // Multi-char escapes: \x41 and the braced unicode form.
            while (pos < len && src[pos] != '\'' && src[pos] != '\n' && pos - start < 16) {
                pos++;
            }
        } else if (pos < len && src[pos] != '\n' && src[pos] != '\'') {
            pos += utf8Length(src[pos]);
        }
        if (pos < len && src[pos] == '\'') {
            pos++;
            suffix();
        } else {
            error(isByte ? "unterminated byte constant" : "unterminated character literal", start);
        }
    }
}
