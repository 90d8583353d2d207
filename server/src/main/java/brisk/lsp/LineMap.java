package brisk.lsp;

import brisk.base.TextRange;
import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between LSP positions (0-based line, UTF-16 code units in the line) and the compiler's
 * UTF-8 byte offsets for one text. A Java string is UTF-16, so a position maps to a string index
 * directly; bytes are counted as {@link String#getBytes} with UTF-8 encodes them (a lone surrogate
 * becomes one {@code ?} byte), which is how the compiler's offsets were made.
 *
 * <p>Every {@code \n} starts a line (LSP's view; rustc's {@code LineIndex} folds a final newline into
 * the last line, which would put end-of-file diagnostics past the end of a line). Positions past
 * the end of a line or the text are clamped, as the protocol asks.
 */
final class LineMap {
    private final String text;
    private final int[] lineStartChars;
    private final int[] lineStartBytes;

    private LineMap(String text, int[] lineStartChars, int[] lineStartBytes) {
        this.text = text;
        this.lineStartChars = lineStartChars;
        this.lineStartBytes = lineStartBytes;
    }

    static LineMap of(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] chars = new int[lines];
        int[] bytes = new int[lines];
        int line = 1;
        int byteOffset = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int width = charWidth(text, i);
            byteOffset += utf8Length(text, i, width);
            i += width;
            if (c == '\n') {
                chars[line] = i;
                bytes[line] = byteOffset;
                line++;
            }
        }
        return new LineMap(text, chars, bytes);
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineStartChars.length;
    }

    /** The string index of {@code position}, clamped to its line (before the line break) and the text. */
    int charIndex(Position position) {
        int line = position.getLine();
        if (line < 0) {
            return 0;
        }
        if (line >= lineStartChars.length) {
            return text.length();
        }
        int start = lineStartChars[line];
        int end = lineContentEnd(line);
        int index = start + Math.max(0, position.getCharacter());
        // Never split a surrogate pair: a position inside one means the character after it.
        if (index < end && index > start && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1))) {
            index++;
        }
        return Math.min(index, end);
    }

    /** The UTF-8 byte offset of {@code position}. */
    int byteOffset(Position position) {
        int index = charIndex(position);
        int line = lineOfChar(index);
        int bytes = lineStartBytes[line];
        for (int i = lineStartChars[line]; i < index; ) {
            int width = charWidth(text, i);
            bytes += utf8Length(text, i, width);
            i += width;
        }
        return bytes;
    }

    /** The position of UTF-8 byte {@code offset} (clamped to the text; inside a character: its start). */
    Position position(int offset) {
        int found = Arrays.binarySearch(lineStartBytes, Math.max(0, offset));
        int line = found >= 0 ? found : -found - 2;
        int bytes = lineStartBytes[line];
        int i = lineStartChars[line];
        int end = line + 1 < lineStartChars.length ? lineStartChars[line + 1] : text.length();
        while (i < end) {
            int width = charWidth(text, i);
            int next = bytes + utf8Length(text, i, width);
            if (next > offset) {
                break;
            }
            bytes = next;
            i += width;
        }
        return new Position(line, i - lineStartChars[line]);
    }

    Range range(TextRange range) {
        return new Range(position(range.start()), position(range.end()));
    }

    /** The end of {@code line}'s content: before its {@code \n} (and a {@code \r} preceding it). */
    private int lineContentEnd(int line) {
        if (line + 1 >= lineStartChars.length) {
            return text.length();
        }
        int end = lineStartChars[line + 1] - 1;
        if (end > lineStartChars[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    private int lineOfChar(int index) {
        int found = Arrays.binarySearch(lineStartChars, index);
        return found >= 0 ? found : -found - 2;
    }

    /** 2 for a surrogate pair starting at {@code i}, else 1. */
    private static int charWidth(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }

    private static int utf8Length(String text, int i, int width) {
        if (width == 2) {
            return 4;
        }
        char c = text.charAt(i);
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        return Character.isSurrogate(c) ? 1 : 3;
    }
}
