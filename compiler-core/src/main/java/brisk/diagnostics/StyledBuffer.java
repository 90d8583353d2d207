package brisk.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * rustc's {@code StyledBuffer}: a growable grid of (code point, style) cells that the renderers
 * draw into by row and column. Unwritten cells are spaces without style; rows have no trailing
 * padding beyond the last written cell.
 */
final class StyledBuffer {
    private final List<Row> rows = new ArrayList<>();

    private static final class Row {
        int[] chars = new int[16];
        Style[] styles = new Style[16];
        int length;

        void ensure(int size) {
            if (size > chars.length) {
                int capacity = Math.max(size, chars.length * 2);
                chars = Arrays.copyOf(chars, capacity);
                styles = Arrays.copyOf(styles, capacity);
            }
            while (length < size) {
                chars[length] = ' ';
                styles[length] = Style.NO_STYLE;
                length++;
            }
        }
    }

    int numLines() {
        return rows.size();
    }

    private Row row(int line) {
        while (rows.size() <= line) {
            rows.add(new Row());
        }
        return rows.get(line);
    }

    void putc(int line, int col, int codePoint, Style style) {
        Row row = row(line);
        row.ensure(col + 1);
        row.chars[col] = codePoint;
        row.styles[col] = style;
    }

    void puts(int line, int col, String text, Style style) {
        int c = col;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            putc(line, c++, cp, style);
            i += Character.charCount(cp);
        }
        if (text.isEmpty()) {
            row(line);
        }
    }

    void append(int line, String text, Style style) {
        if (line >= rows.size()) {
            puts(line, 0, text, style);
        } else {
            puts(line, rows.get(line).length, text, style);
        }
    }

    void prepend(int line, String text, Style style) {
        Row row = row(line);
        int n = text.codePointCount(0, text.length());
        int old = row.length;
        row.ensure(old + n);
        System.arraycopy(row.chars, 0, row.chars, n, old);
        System.arraycopy(row.styles, 0, row.styles, n, old);
        int c = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            row.chars[c] = cp;
            row.styles[c] = style;
            c++;
            i += Character.charCount(cp);
        }
    }

    /**
     * rustc's {@code StyledBuffer::replace}: removes cells so that {@code text} (in line-number
     * style) takes the place of columns {@code [start, end)}; used to cut the middle of very wide spans.
     */
    void replace(int line, int start, int end, String text) {
        if (line >= rows.size()) {
            return;
        }
        Row row = rows.get(line);
        int n = text.codePointCount(0, text.length());
        if (start >= end || end > row.length || end - n < start) {
            return;
        }
        int removed = end - n - start;
        System.arraycopy(row.chars, end - n, row.chars, start, row.length - (end - n));
        System.arraycopy(row.styles, end - n, row.styles, start, row.length - (end - n));
        row.length -= removed;
        int c = start;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            row.chars[c] = cp;
            row.styles[c] = Style.LINE_NUMBER;
            c++;
            i += Character.charCount(cp);
        }
    }

    /** Restyles existing cells; without {@code overwrite} only unstyled and quoted cells change. */
    void setStyleRange(int line, int colStart, int colEnd, Style style, boolean overwrite) {
        if (line >= rows.size()) {
            return;
        }
        Row row = rows.get(line);
        for (int col = colStart; col < colEnd && col < row.length; col++) {
            Style current = row.styles[col];
            if (overwrite || current == Style.NO_STYLE || current == Style.QUOTATION) {
                row.styles[col] = style;
            }
        }
    }

    /**
     * Writes every row and a newline after each, grouping runs of equal style the way rustc's
     * {@code emit_to_destination} does; with colours each run is wrapped in its escape sequence.
     */
    void render(StringBuilder out, Style.Level level, boolean color, boolean newlineAfterLastRow) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int i = 0;
            while (i < row.length) {
                Style style = row.styles[i];
                int j = i;
                while (j < row.length && row.styles[j] == style) {
                    j++;
                }
                String start = color ? style.ansiStart(level) : "";
                out.append(start);
                for (int k = i; k < j; k++) {
                    out.appendCodePoint(row.chars[k]);
                }
                if (!start.isEmpty()) {
                    out.append("\u001b[0m");
                }
                i = j;
            }
            if (newlineAfterLastRow || r != rows.size() - 1) {
                out.append('\n');
            }
        }
    }
}
