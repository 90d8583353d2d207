package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Reproduces bits.rs's output (recorded from rustc in bits.out): {@link IntOps} bit methods for
 * narrow and 32-bit types; 64-bit types use {@link Long}'s methods directly, as codegen does.
 */
class BitsTest {

    private static void narrow(StringBuilder out, String type, int bits, boolean signed, long... values) {
        for (long lv : values) {
            int v = (int) lv;
            String shown = signed || bits < 32 ? Integer.toString(v) : Integer.toUnsignedString(v);
            java.util.function.IntFunction<String> s = x -> signed || bits < 32 ? Integer.toString(x) : Integer.toUnsignedString(x);
            out.append(type).append(' ').append(shown)
                    .append(" lz=").append(IntOps.leadingZeros(v, bits))
                    .append(" tz=").append(IntOps.trailingZeros(v, bits))
                    .append(" co=").append(IntOps.countOnes(v, bits))
                    .append(" cz=").append(IntOps.countZeros(v, bits))
                    .append(" rl3=").append(s.apply(IntOps.rotateLeft(v, 3, bits, signed)))
                    .append(" rr3=").append(s.apply(IntOps.rotateRight(v, 3, bits, signed)))
                    .append(" rev=").append(s.apply(IntOps.reverseBits(v, bits, signed)))
                    .append(" sw=").append(s.apply(IntOps.swapBytes(v, bits, signed))).append('\n');
        }
    }

    private static void wide(StringBuilder out, String type, boolean signed, long... values) {
        for (long v : values) {
            java.util.function.LongFunction<String> s = x -> signed ? Long.toString(x) : Long.toUnsignedString(x);
            out.append(type).append(' ').append(s.apply(v))
                    .append(" lz=").append(Long.numberOfLeadingZeros(v))
                    .append(" tz=").append(Long.numberOfTrailingZeros(v))
                    .append(" co=").append(Long.bitCount(v))
                    .append(" cz=").append(64 - Long.bitCount(v))
                    .append(" rl3=").append(s.apply(Long.rotateLeft(v, 3)))
                    .append(" rr3=").append(s.apply(Long.rotateRight(v, 3)))
                    .append(" rev=").append(s.apply(Long.reverse(v)))
                    .append(" sw=").append(s.apply(Long.reverseBytes(v))).append('\n');
        }
    }

    @Test
    void matchesRustcBitMethods() throws IOException {
        StringBuilder out = new StringBuilder();
        narrow(out, "i8", 8, true, 0, 1, -1, -128, 100);
        narrow(out, "u8", 8, false, 0, 1, 255, 128, 100);
        narrow(out, "i16", 16, true, 0, -1, 300, -32768);
        narrow(out, "u16", 16, false, 0, 65535, 256, 4660);
        narrow(out, "i32", 32, true, 0, -1, 1, Integer.MIN_VALUE, 123456);
        narrow(out, "u32", 32, false, 0, 0xFFFFFFFFL, 1, 0x80000000L, 123456);
        wide(out, "i64", true, 0, -1, 1, Long.MIN_VALUE, 1234567890123L);
        wide(out, "u64", false, 0, -1L, 1, Long.MIN_VALUE, 1234567890123L);
        assertEquals(DebugBuildersTest.resource("/bits.out"), out.toString());
    }
}
