package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.runtime.iter.RIter;
import org.junit.jupiter.api.Test;

/**
 * Splitting iterators, case mappings, UTF-8 conversions, parse errors of bool/char, inclusive str
 * slicing and the integer helpers added for std methods; expected values are rustc 1.95's (see
 * fixtures/run/str_split.rs, parse_errors.rs, str_methods_more.rs, int_methods_more.rs).
 */
class StdConversionsTest {
    private static String drain(RIter it) {
        var sb = new StringBuilder("[");
        for (Object x = it.next(); x != RIter.DONE; x = it.next()) {
            sb.append(sb.length() > 1 ? "|" : "").append(x);
        }
        return sb.append("]").toString();
    }

    @Test
    void splittingIterators() {
        assertEquals("[a|b||c|]", drain(StrPieces.split(RStr.of("a,b,,c,"), RStr.of(","))));
        assertEquals("[l1|l2|l3]", drain(StrPieces.lines(RStr.of("l1\nl2\r\nl3\n"))));
        assertEquals("[a|b:c:d]", drain(StrPieces.splitn(RStr.of("a:b:c:d"), 2, RStr.of(":"))));
        assertEquals("[x|y]", drain(StrPieces.splitTerminator(RStr.of("x;y;"), RStr.of(";"))));
        RIter words = StrPieces.splitWhitespace(RStr.of(" the  quick\tfox "));
        assertEquals(RStr.of("fox"), words.nextBack());
        assertEquals("[the|quick]", drain(words));
    }

    @Test
    void caseMappingIteratesAndDisplays() {
        RIter upper = StrPieces.caseMapping('ß', true);
        assertEquals("SS", Formatter.format(FmtSpec.DEFAULT, f -> StrPieces.displayCaseMapping(f, upper)));
        assertEquals(2, upper.len());
        assertEquals((int) 'S', upper.next());
        assertEquals("q", StrPieces.caseMappedString('Q', false).toString());
    }

    @Test
    void utf8Conversions() {
        RVec bad = RVec.of(0x61, 0xff);
        assertNull(Utf8Conv.stringFromUtf8(bad));
        assertEquals("FromUtf8Error { bytes: [97, 255], error: Utf8Error { valid_up_to: 1, error_len: Some(1) } }",
                Formatter.format(FmtSpec.DEBUG, f -> Utf8Conv.fromUtf8Error(bad).debug(f)));
        assertEquals("hi", Utf8Conv.stringFromUtf8(RVec.of(104, 105)).toString());
        RSlice cut = RSlice.of(new Object[] {0x61, 0xe2, 0x82});
        assertEquals(new Utf8Error(1, 0), Utf8Conv.utf8Error(cut));
        assertEquals(2, Utf8Conv.intoBytes(RString.from("é")).len());
    }

    @Test
    void parseErrorsOfBoolAndChar() {
        assertEquals(-1, Parse.parseBool(RStr.of("x")));
        assertEquals("provided string was not `true` or `false`", Parse.boolError().display());
        assertEquals("ParseCharError { kind: TooManyChars }",
                Formatter.format(FmtSpec.DEBUG, f -> Parse.charError(Parse.parseChar(RStr.of("ab"))).debug(f)));
        assertEquals("cannot parse char from empty string", Parse.charError(Parse.parseChar(RStr.of(""))).display());
    }

    @Test
    void inclusiveStrSlicingReportsTheInclusiveEnd() {
        RStr s = RStr.of("abc");
        assertEquals("bc", s.sliceInclusive(1, 2, "x").toString());
        Panic p = assertThrows(Panic.class, () -> s.sliceInclusive(0, 3, "x"));
        assertEquals("end byte index 3 is out of bounds of `abc`", p.message());
        p = assertThrows(Panic.class, () -> s.sliceInclusive(2, 0, "x"));
        assertEquals("begin > end (2 > 1) when slicing `abc`", p.message());
    }

    @Test
    void integerHelpers() {
        assertEquals(1, IntOps.nextPowerOfTwo(0, 8, "x"));
        assertEquals(8, IntOps.nextPowerOfTwo(5, 64, "x"));
        assertTrue(IntOps.nextPowerOfTwoOverflows(200, 8));
        assertFalse(IntOps.nextPowerOfTwoOverflows(128, 8));
        assertTrue(IntOps.powOverflows(2, 31, 32, true));
        assertFalse(IntOps.powOverflows(-2, 31, 32, true));
        assertEquals(243, IntOps.wrappingPow(3, 5) & 0xFF);
        assertEquals(Integer.MIN_VALUE, IntOps.wrappingDiv(Integer.MIN_VALUE, -1, false, "x"));
        Panic p = assertThrows(Panic.class, () -> IntOps.clamp(5, 7, 3, true, "x"));
        assertEquals("min > max. min = 7, max = 3", p.message());
        assertEquals(0, IntOps.clamp(-1, 0, 10, true, "x"));
        assertEquals(10, IntOps.clamp(-1, 0, 10, false, "x"));
    }
}
