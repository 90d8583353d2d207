package brisk.syntax.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import brisk.syntax.SyntaxKind;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LiteralValueTest {
    private static LiteralValue v(SyntaxKind kind, String text) {
        return LiteralValue.of(kind, text);
    }

    @Test
    void integers() {
        assertEquals(new LiteralValue.IntValue(BigInteger.valueOf(1_000_000), ""), v(SyntaxKind.INT_NUMBER, "1_000_000"));
        assertEquals(new LiteralValue.IntValue(BigInteger.valueOf(255), "u8"), v(SyntaxKind.INT_NUMBER, "0xFF_u8"));
        assertEquals(new LiteralValue.IntValue(BigInteger.valueOf(511), ""), v(SyntaxKind.INT_NUMBER, "0o777"));
        assertEquals(new LiteralValue.IntValue(BigInteger.valueOf(10), "i64"), v(SyntaxKind.INT_NUMBER, "0b1010i64"));
        assertEquals(new LiteralValue.IntValue(new BigInteger("340282366920938463463374607431768211455"), "u128"),
                v(SyntaxKind.INT_NUMBER, "340282366920938463463374607431768211455u128"));
        assertInstanceOf(LiteralValue.Invalid.class, v(SyntaxKind.INT_NUMBER, "0b102"));
        assertInstanceOf(LiteralValue.Invalid.class, v(SyntaxKind.INT_NUMBER, "0x"));
    }

    @Test
    void floats() {
        assertEquals(new LiteralValue.FloatValue("1.5e-3", "f32"), v(SyntaxKind.FLOAT_NUMBER, "1.5e-3f32"));
        assertEquals(new LiteralValue.FloatValue("1000.0", ""), v(SyntaxKind.FLOAT_NUMBER, "1_000.0"));
        assertEquals(new LiteralValue.FloatValue("3", "f64"), v(SyntaxKind.FLOAT_NUMBER, "3f64"));
    }

    @Test
    void charsAndBytes() {
        assertEquals(new LiteralValue.CharValue('a'), v(SyntaxKind.CHAR, "'a'"));
        assertEquals(new LiteralValue.CharValue('\n'), v(SyntaxKind.CHAR, "'\\n'"));
        assertEquals(new LiteralValue.CharValue(0x1F600), v(SyntaxKind.CHAR, "'\\u{1F600}'"));
        assertEquals(new LiteralValue.CharValue(0x1F600), v(SyntaxKind.CHAR, "'😀'"));
        assertEquals(new LiteralValue.ByteValue(0xFF), v(SyntaxKind.BYTE, "b'\\xff'"));
        assertInstanceOf(LiteralValue.Invalid.class, v(SyntaxKind.CHAR, "'\\xff'"));
        assertInstanceOf(LiteralValue.Invalid.class, v(SyntaxKind.CHAR, "'\\q'"));
    }

    @Test
    void strings() {
        assertEquals(new LiteralValue.StrValue("a\"b\\\tc"), v(SyntaxKind.STRING, "\"a\\\"b\\\\\\tc\""));
        assertEquals(new LiteralValue.StrValue("one two"), v(SyntaxKind.STRING, "\"one \\\n    two\""));
        assertEquals(new LiteralValue.StrValue("raw \\n \"q\""), v(SyntaxKind.STRING, "r#\"raw \\n \"q\"\"#"));
        LiteralValue.ByteStrValue bytes = (LiteralValue.ByteStrValue) v(SyntaxKind.BYTE_STRING, "b\"a\\xff\"");
        assertArrayEquals(new byte[] {'a', (byte) 0xFF}, bytes.value());
        LiteralValue.CStrValue c = (LiteralValue.CStrValue) v(SyntaxKind.C_STRING, "c\"é\"");
        assertArrayEquals("é".getBytes(StandardCharsets.UTF_8), c.value());
        assertEquals(new LiteralValue.BoolValue(true), v(SyntaxKind.TRUE_KW, "true"));
    }

    @Test
    void malformedLiteralsNeverThrow() {
        String alphabet = "\\'\"xu{}0123456789abcdefABCDEF_.eE+-rbc#nt é中\n";
        java.util.Random random = new java.util.Random(7);
        SyntaxKind[] kinds = {SyntaxKind.INT_NUMBER, SyntaxKind.FLOAT_NUMBER, SyntaxKind.CHAR, SyntaxKind.BYTE,
            SyntaxKind.STRING, SyntaxKind.BYTE_STRING, SyntaxKind.C_STRING};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (SyntaxKind kind : kinds) {
                LiteralValue.of(kind, sb.toString());
            }
        }
    }
}
