package brisk.diagnostics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Line and column lookup for one source text, in rustc's terms: offsets are UTF-8 byte offsets,
 * lines are 1-based, and columns are 1-based counts of Unicode scalar values (a tab or a
 * multi-byte character is one column, as in {@code --> src/main.rs:3:5}).
 *
 * <p>Like rustc's {@code SourceFile}, a newline that ends the text ends the last line rather than
 * starting an empty one: the end-of-file offset of {@code "a\n"} is line 1, column 3.
 *
 * <p>Built once per text: the UTF-8 bytes plus a sorted array of line starts, so a lookup is a
 * binary search plus a scan of one line.
 */
public final class LineIndex {
    private final byte[] utf8;
    private final int[] lineStarts;

    private LineIndex(byte[] utf8, int[] lineStarts) {
        this.utf8 = utf8;
        this.lineStarts = lineStarts;
    }

    public static LineIndex of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int lines = 1;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts[line++] = i + 1;
            }
        }
        return new LineIndex(bytes, starts);
    }

    /** Length of the text in UTF-8 bytes. */
    public int length() {
        return utf8.length;
    }

    /** Number of lines; a final newline does not start another line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset} (the end of the text belongs to the last line). */
    public int line(int offset) {
        checkOffset(offset);
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of {@code offset}: characters from the line start, plus one. */
    public int column(int offset) {
        return charIndexInLine(offset) + 1;
    }

    /** How many characters precede {@code offset} on its line (rustc's 0-based {@code CharPos}). */
    public int charIndexInLine(int offset) {
        int start = lineStart(line(offset));
        int chars = 0;
        for (int i = start; i < offset; i++) {
            if ((utf8[i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        return chars;
    }

    /** Byte offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Byte offset where 1-based {@code line} ends, excluding its {@code \n} (and a {@code \r} before it). */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] - 1 : utf8.length;
        if (line == lineStarts.length && end > lineStarts[line - 1] && utf8[end - 1] == '\n') {
            end--;
        }
        if (end > lineStarts[line - 1] && utf8[end - 1] == '\r') {
            end--;
        }
        return end;
    }

    /** The text of 1-based {@code line} without its line terminator. */
    public String lineText(int line) {
        int start = lineStart(line);
        return new String(utf8, start, lineEnd(line) - start, StandardCharsets.UTF_8);
    }

    /** The source text of the byte range {@code [start, end)}. */
    public String slice(int start, int end) {
        checkOffset(start);
        checkOffset(end);
        return new String(utf8, start, end - start, StandardCharsets.UTF_8);
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > utf8.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + utf8.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineIndex other && Arrays.equals(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "LineIndex[" + lineStarts.length + " lines, " + utf8.length + " bytes]";
    }
}
