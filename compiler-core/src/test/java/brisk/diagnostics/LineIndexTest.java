package brisk.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Positions as rustc reports them: byte offsets in, 1-based lines and 1-based character columns
 * out (the expectations come from rustc's {@code -->} lines and JSON {@code column_start}).
 */
class LineIndexTest {
    // "\tlet y" has a tab (1 column, as rustc counts); "héllo" has a 2-byte character; "✓" is 3 bytes.
    private static final String TEXT = "fn main() {\n\tlet y = 1;\n    let s = \"héllo ✓\"; s\n}\n";

    @ParameterizedTest
    @CsvSource({
        // offset, line, column
        "0, 1, 1",
        "11, 1, 12", // the newline ending line 1
        "12, 2, 1", // the tab
        "13, 2, 2", // `let` after the tab: the tab is one column
        "40, 3, 16", // `l` after é, a 2-byte character
        "47, 3, 21", // `"` after ✓, a 3-byte character
        "48, 3, 22",
        "52, 4, 1", // `}`
        "54, 4, 3", // end of text: a final newline does not start a line (rustc's rule)
    })
    void positionsCountCharacters(int offset, int line, int column) {
        LineIndex index = LineIndex.of(TEXT);
        assertEquals(line, index.line(offset));
        assertEquals(column, index.column(offset));
    }

    @Test
    void lineTextExcludesTerminators() {
        LineIndex index = LineIndex.of("a\r\nbé\n\nlast");
        assertEquals(4, index.lineCount());
        assertEquals("a", index.lineText(1));
        assertEquals("bé", index.lineText(2));
        assertEquals("", index.lineText(3));
        assertEquals("last", index.lineText(4));
        assertEquals(3, index.lineStart(2));
        assertEquals("bé", index.slice(3, 6));
    }

    @Test
    void finalNewlineEndsTheLastLine() {
        LineIndex index = LineIndex.of("x\n\n\n");
        assertEquals(3, index.lineCount());
        assertEquals(3, index.line(4));
        assertEquals(2, index.column(4));
        assertEquals("", index.lineText(3));
    }

    @Test
    void emptyText() {
        LineIndex index = LineIndex.of("");
        assertEquals(1, index.lineCount());
        assertEquals(1, index.line(0));
        assertEquals(1, index.column(0));
        assertEquals("", index.lineText(1));
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        LineIndex index = LineIndex.of("abc");
        assertThrows(IndexOutOfBoundsException.class, () -> index.line(4));
        assertThrows(IndexOutOfBoundsException.class, () -> index.line(-1));
    }

    @Test
    void equalTextsGiveEqualIndexes() {
        assertEquals(LineIndex.of("a\nb"), LineIndex.of("a\nb"));
        assertEquals(LineIndex.of("a\nb").hashCode(), LineIndex.of("a\nb").hashCode());
    }
}
