package brisk.syntax;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lexer's output: token kinds and UTF-8 byte offsets in parallel int arrays.
 *
 * <p>Token {@code i} spans bytes {@code [start(i), start(i + 1))} of {@link #bytes()}; the tokens
 * tile the whole input with no gaps, so concatenating their texts gives the input back. Tokens
 * never split a UTF-8 sequence, so each token's text decodes on its own.
 */
public final class LexedText {
    private final byte[] bytes;
    private final int[] kinds;
    private final int[] starts;
    private final int count;
    private final List<SyntaxError> errors;

    LexedText(byte[] bytes, int[] kinds, int[] starts, int count, List<SyntaxError> errors) {
        this.bytes = bytes;
        this.kinds = kinds;
        this.starts = starts;
        this.count = count;
        this.errors = errors;
    }

    public static LexedText lex(String text) {
        return new Lexer(text.getBytes(StandardCharsets.UTF_8)).run();
    }

    /** Number of tokens (EOF is not a token). */
    public int count() {
        return count;
    }

    public SyntaxKind kind(int i) {
        return SyntaxKind.of(kinds[i]);
    }

    int kindOrdinal(int i) {
        return kinds[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return starts[i + 1];
    }

    public String text(int i) {
        return new String(bytes, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
    }

    /** Whether token {@code i}'s text equals the ASCII string {@code s}, without allocating. */
    boolean textEquals(int i, String s) {
        int start = starts[i];
        int len = starts[i + 1] - start;
        if (len != s.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (bytes[start + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    byte[] bytes() {
        return bytes;
    }

    public int textLength() {
        return bytes.length;
    }

    public List<SyntaxError> errors() {
        return errors;
    }
}
