package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brisk.base.TextRange;
import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** LSP positions count UTF-16 code units; compiler offsets count UTF-8 bytes. */
class LineMapTest {
    private static final String TEXT = "fn a() {}\n// é 📐 x\r\nlet y = 1;\n";

    @Test
    void asciiPositionsAndOffsetsAgree() {
        var map = LineMap.of(TEXT);
        assertEquals(4, map.lineCount());
        assertEquals(3, map.byteOffset(new Position(0, 3)));
        assertEquals(new Position(0, 3), map.position(3));
    }

    @Test
    void nonAsciiCharactersCountAsUtf16UnitsAndUtf8Bytes() {
        var map = LineMap.of(TEXT);
        int lineStart = TEXT.indexOf("//");
        // `x` is after "// é 📐 ": é is 1 UTF-16 unit / 2 bytes, 📐 is 2 units / 4 bytes.
        int xChar = "// é 📐 ".length();
        int xByte = lineStart + "// é 📐 ".getBytes(StandardCharsets.UTF_8).length;
        assertEquals(8, xChar);
        assertEquals(xByte, map.byteOffset(new Position(1, xChar)));
        assertEquals(new Position(1, xChar), map.position(xByte));
        assertEquals(TEXT.indexOf('x'), map.charIndex(new Position(1, xChar)));
    }

    @Test
    void aPositionInsideASurrogatePairMovesPastIt() {
        var map = LineMap.of(TEXT);
        int emoji = "// é ".length();
        assertEquals(map.charIndex(new Position(1, emoji + 2)), map.charIndex(new Position(1, emoji + 1)));
    }

    @Test
    void positionsPastALineOrTheTextAreClamped() {
        var map = LineMap.of(TEXT);
        // Line 1 ends before its \r\n.
        assertEquals(TEXT.indexOf('\r'), map.charIndex(new Position(1, 500)));
        assertEquals(TEXT.length(), map.charIndex(new Position(99, 0)));
        int end = TEXT.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(new Position(3, 0), map.position(end), "a final newline starts an empty last line");
        assertEquals(new Position(3, 0), map.position(end + 10));
    }

    @Test
    void rangesConvertBothEnds() {
        var map = LineMap.of("é = nope;");
        int start = "é = ".getBytes(StandardCharsets.UTF_8).length;
        var range = map.range(new TextRange(start, start + 4));
        assertEquals(new Position(0, 4), range.getStart());
        assertEquals(new Position(0, 8), range.getEnd());
    }
}
