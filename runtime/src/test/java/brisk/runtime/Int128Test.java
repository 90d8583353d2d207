package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** i128/u128; expected values are rustc 1.95's output for the same expressions (see fixtures/run/i128_arith.rs). */
class Int128Test {
    private static final Int128 I128_MIN = Int128.constant("-170141183460469231731687303715884105728");
    private static final Int128 U128_MAX = Int128.constant("340282366920938463463374607431768211455");

    private static String display(Int128 v, boolean signed) {
        return Formatter.format(FmtSpec.DEFAULT, f -> Int128.display(f, v, signed));
    }

    @Test
    void arithmeticIsExactAndChecked() {
        Int128 f = Int128.constant("170141183460469231731687303715884105727");
        assertEquals("170141182269480955845320612798", display(Int128.div(f, Int128.fromSigned(1_000_000_007), true, "x"), true));
        assertEquals("113427455640312821154458202477256070485", display(Int128.div(U128_MAX, Int128.fromSigned(3), false, "x"), false));
        Panic p = assertThrows(Panic.class, () -> Int128.add(f, Int128.fromSigned(1), true, "src/main.rs:1:1"));
        assertEquals(Arith.ADD, p.message());
        assertThrows(Panic.class, () -> Int128.mul(Int128.constant("18446744073709551616"),
                Int128.constant("18446744073709551616"), false, "x"));
        assertEquals("1267650600228229401496703205376", display(Int128.pow(Int128.fromSigned(2), 100, true, "x"), true));
        assertEquals(display(Int128.wrappingAdd(U128_MAX, Int128.fromSigned(1)), false), "0");
        assertThrows(Panic.class, () -> Int128.neg(I128_MIN, "x"));
    }

    @Test
    void shiftsAndBits() {
        assertEquals("1267650600228229401496703205376", display(Int128.shl(Int128.fromSigned(1), 100, "x"), false));
        assertEquals("-1", display(Int128.shr(Int128.fromSigned(-1), 100, true, "x"), true));
        assertEquals("1", display(Int128.shr(Int128.shl(Int128.fromSigned(1), 127, "x"), 127, false, "x"), false));
        assertEquals(display(U128_MAX, false), display(Int128.not(Int128.fromSigned(0)), false));
        Panic p = assertThrows(Panic.class, () -> Int128.shl(Int128.fromSigned(1), 128, "x"));
        assertEquals(Arith.SHL, p.message());
    }

    @Test
    void conversionsTruncateSaturateAndRound() {
        Int128 minus5 = Int128.fromSigned(-5);
        assertEquals("340282366920938463463374607431768211451", display(minus5, false));
        assertEquals(251, Int128.low(minus5) & 0xFF);
        assertEquals(-2.5, Int128.toDouble(minus5, true) / 2.0);
        assertEquals(display(U128_MAX, false), display(Int128.fromDouble(1e40, false), false));
        assertEquals("0", display(Int128.fromDouble(-1.5, false), false));
        assertEquals("0", display(Int128.fromDouble(Double.NaN, true), true));
        assertEquals(Float.POSITIVE_INFINITY, Int128.toFloat(U128_MAX, false));
        assertEquals("18446744073709551616", display(Int128.wrappingAdd(Int128.fromUnsigned(-1L), Int128.fromSigned(1)), false));
        assertTrue(Int128.compare(I128_MIN, Int128.fromSigned(0), true) < 0);
        assertTrue(Int128.compare(I128_MIN, Int128.fromSigned(0), false) > 0);
    }

    @Test
    void formattingFlags() {
        Int128 m3 = Int128.fromSigned(-3);
        assertEquals("fffffffffffffffffffffffffffffffd", Formatter.format(FmtSpec.parse("x"), f -> Int128.lowerHex(f, m3)));
        assertEquals("-0000003", Formatter.format(FmtSpec.parse("08"), f -> Int128.display(f, m3, true)));
        assertEquals("+5", Formatter.format(FmtSpec.parse("+"), f -> Int128.display(f, Int128.fromSigned(5), true)));
        assertEquals("0xff", Formatter.format(FmtSpec.parse("#x"), f -> Int128.lowerHex(f, Int128.fromSigned(255))));
    }

    @Test
    void parseKeepsStdErrorKinds() {
        assertEquals(I128_MIN, Int128.parse(RStr.of("-170141183460469231731687303715884105728"), true).value());
        assertEquals(ParseIntError.POS_OVERFLOW,
                Int128.parse(RStr.of("340282366920938463463374607431768211456"), false).error());
        assertEquals(ParseIntError.INVALID_DIGIT, Int128.parse(RStr.of("-1"), false).error());
        assertEquals(ParseIntError.EMPTY, Int128.parse(RStr.of(""), true).error());
    }
}
