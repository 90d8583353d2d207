package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Reproduces utf8.rs's output (recorded from rustc in utf8.out): validation errors and lossy decoding. */
class Utf8Test {

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void matchesRustcFromUtf8() throws IOException {
        byte[][] cases = {
            bytes('a', 'b', 'c'), bytes(0x61, 0x80, 0x62), bytes(0xC3), bytes(0xC3, 0xA9), bytes(0xE0, 0x80, 0x80),
            bytes(0xE2, 0x82), bytes(0xE2, 0x82, 0x41), bytes(0xED, 0xA0, 0x80), bytes(0xF0, 0x9F, 0x98, 0x80),
            bytes(0xF0, 0x9F, 0x98), bytes(0xF0, 0x9F, 0x41, 0x42), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80),
            bytes(0xC0, 0xAF), bytes(0xFF, 0xFE, 0x61), bytes(0x61, 0xE2, 0x82, 0xAC, 0xE2, 0x82),
            bytes(0xF0, 0x41, 0xF0, 0x9F, 0x98, 0x80, 0xC3),
        };
        StringBuilder out = new StringBuilder();
        for (byte[] c : cases) {
            long r = Utf8.validate(c, 0, c.length);
            if (r < 0) {
                RStr s = RStr.fromUtf8Unchecked(c, 0, c.length);
                out.append("ok ").append(Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugStr(f, s))).append('\n');
            } else {
                Utf8Error e = Utf8Error.of(r);
                RString lossy = Utf8.lossy(c, 0, c.length);
                out.append("err ").append(e.display()).append(" | ").append(Formatter.format(FmtSpec.DEBUG, e::debug))
                        .append(" | ").append(Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugStr(f, lossy))).append('\n');
            }
        }
        assertEquals(DebugBuildersTest.resource("/utf8.out"), out.toString());
    }
}
