package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code read_line}/{@code read_to_string} semantics: counts in bytes, newline kept, 0 at EOF. */
class StdinTest {

    @Test
    void readLineKeepsNewlinesAndReportsEof() {
        Stdin in = new Stdin(new ByteArrayInputStream("héllo\nworld\r\nlast".getBytes(StandardCharsets.UTF_8)));
        RString buf = new RString();
        assertEquals(7, in.readLine(buf));
        assertEquals("héllo\n", buf.toString());
        assertEquals(7, in.readLine(buf));
        assertEquals("héllo\nworld\r\n", buf.toString());
        RString rest = new RString();
        assertEquals(4, in.readLine(rest));
        assertEquals("last", rest.toString());
        assertEquals(0, in.readLine(rest));
    }

    @Test
    void invalidUtf8IsAnErrorAndAppendsNothing() {
        Stdin in = new Stdin(new ByteArrayInputStream(new byte[] {'a', (byte) 0xFF, '\n', 'b'}));
        RString buf = RString.from("x");
        assertEquals(Stdin.INVALID_UTF8, in.readLine(buf));
        assertEquals("x", buf.toString());
        assertEquals(1, in.readToString(buf));
        assertEquals("xb", buf.toString());
    }
}
