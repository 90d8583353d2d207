package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Panic messages of std operations, as printed by rustc 1.95 (expected strings copied from real runs). */
class PanicMessagesTest {
    private static final String L = "src/main.rs:1:1";

    @BeforeEach
    void swallowPanicReports() {
        Io.beginCapture(new RString());
    }

    @AfterEach
    void restoreOutput() {
        Io.endCapture();
    }

    static String msg(Executable e) {
        return assertThrows(Panic.class, e).message();
    }

    @Test
    void optionAndResult() {
        assertEquals("called `Option::unwrap()` on a `None` value", Panics.unwrapNone(L).message());
        assertEquals("boom", Panics.expectNone("boom", L).message());
        assertEquals("called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }",
                Panics.unwrapErr("ParseIntError { kind: InvalidDigit }", L).message());
        assertEquals("parse: ParseIntError { kind: InvalidDigit }",
                Panics.expectErr("parse", "ParseIntError { kind: InvalidDigit }", L).message());
        assertEquals("called `Result::unwrap_err()` on an `Ok` value: 3", Panics.unwrapErrOnOk("3", L).message());
        assertEquals("hm: 3", Panics.expectErrOnOk("hm", "3", L).message());
    }

    @Test
    void assertions() {
        assertEquals("assertion failed: b(1) == 2", Panics.assertFailed("b(1) == 2", L).message());
        assertEquals("assertion `left == right` failed\n  left: 1\n right: 2",
                Panics.assertEqFailed("1", "2", null, L).message());
        assertEquals("assertion `left == right` failed: ctx 1\n  left: \"a\"\n right: \"b\"",
                Panics.assertEqFailed("\"a\"", "\"b\"", "ctx 1", L).message());
        assertEquals("assertion `left != right` failed\n  left: 1\n right: 1",
                Panics.assertNeFailed("1", "1", null, L).message());
        assertEquals("internal error: entered unreachable code", Panics.unreachable(null, L).message());
        assertEquals("internal error: entered unreachable code: x=1", Panics.unreachable("x=1", L).message());
        assertEquals("not yet implemented", Panics.todo(null, L).message());
        assertEquals("not yet implemented: later", Panics.todo("later", L).message());
        assertEquals("not implemented", Panics.unimplemented(null, L).message());
        assertEquals("not implemented: nope", Panics.unimplemented("nope", L).message());
    }

    @Test
    void vecAndSlices() {
        RVec v = RVec.of(1, 2, 3);
        assertEquals("index out of bounds: the len is 3 but the index is 5", msg(() -> v.get(5, L)));
        assertEquals("removal index (is 5) should be < len (is 3)", msg(() -> v.remove(5, L)));
        assertEquals("insertion index (is 5) should be <= len (is 3)", msg(() -> v.insert(5, 1, L)));
        assertEquals("swap_remove index (is 5) should be < len (is 3)", msg(() -> v.swapRemove(5, L)));
        assertEquals("range end index 5 out of range for slice of length 3", msg(() -> v.slice(1, 5, L)));
        assertEquals("range start index 5 out of range for slice of length 3", msg(() -> v.sliceFrom(5, L)));
        assertEquals("slice index starts at 2 but ends at 1", msg(() -> v.slice(2, 1, L)));
        assertEquals("range end index 3 out of range for slice of length 3", msg(() -> v.sliceInclusive(1, 3, L)));
        assertEquals("range end index 5 out of range for slice of length 3", msg(() -> v.sliceInclusive(1, 5, L)));
        assertEquals("range start index 5 out of range for slice of length 3", msg(() -> v.slice(5, 2, L)));
        assertEquals("range end index 18446744073709551615 out of range for slice of length 3",
                msg(() -> v.sliceInclusive(1, -1L, L)));
        assertEquals("range start index 4 out of range for slice of length 3", msg(() -> v.sliceInclusive(4, 5, L)));
        assertEquals("range end index 4 out of range for slice of length 3", msg(() -> v.sliceTo(4, L)));
        assertEquals("slice index starts at 3 but ends at 2",
                msg(() -> RVec.of(1, 2, 3, 4, 5).sliceInclusive(3, 1, L)));
        assertEquals("index out of bounds: the len is 1 but the index is 3", msg(() -> RVec.of(1).swap(0, 3, L)));
        assertEquals("`at` split index (is 3) should be <= len (is 1)", msg(() -> RVec.of(1).splitOff(3, L)));
    }

    @Test
    void strings() {
        assertEquals("start byte index 1 is not a char boundary; it is inside 'é' (bytes 0..2) of `é`",
                msg(() -> RStr.of("é").sliceFrom(1, L)));
        assertEquals("end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `aé`",
                msg(() -> RStr.of("aé").sliceTo(2, L)));
        assertEquals("end byte index 9 is out of bounds of `abc`", msg(() -> RStr.of("abc").sliceTo(9, L)));
        assertEquals("begin > end (2 > 1) when slicing `abc`", msg(() -> RStr.of("abc").slice(2, 1, L)));
        assertEquals("start byte index 4 is not a char boundary; it is inside 'é' (bytes 3..5) of `abcé`",
                msg(() -> RStr.of("abcé").slice(4, 5, L)));
        String x300 = "x".repeat(300);
        assertEquals("end byte index 301 is not a char boundary; it is inside 'é' (bytes 300..302) of `"
                + "x".repeat(256) + "`[...]", msg(() -> RStr.of(x300 + "é").sliceTo(301, L)));
        assertEquals("end byte index 256 is not a char boundary; it is inside 'é' (bytes 255..257) of `"
                + "x".repeat(255) + "`[...]", msg(() -> RStr.of("x".repeat(255) + "éé").sliceTo(256, L)));
        assertEquals("start byte index 5 is out of bounds of `ab`", msg(() -> RString.from("ab").remove(5, L)));
        assertEquals("assertion failed: self.is_char_boundary(idx)", msg(() -> RString.from("é").insert(1, 'x', L)));
        assertEquals("assertion failed: self.is_char_boundary(new_len)", msg(() -> RString.from("é").truncate(1, L)));
    }

    /** Panics raised inside std report std's own location (recorded from rustc 1.95). */
    @Test
    void stdInternalPanicsUseStdLocations() {
        String root = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/";
        Panic p = assertThrows(Panic.class, () -> StrOps.repeat(RStr.of("ab"), -1L));
        assertEquals("capacity overflow", p.message());
        assertEquals(root + "alloc/src/slice.rs:523:50", p.location());
        p = assertThrows(Panic.class, () -> CharOps.fromDigit(1, 40));
        assertEquals("from_digit: radix is too high (maximum 36)", p.message());
        assertEquals(root + "core/src/char/convert.rs:332:9", p.location());
        p = assertThrows(Panic.class, () -> CharOps.toDigit('a', 40));
        assertEquals("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive", p.message());
        assertEquals(root + "core/src/char/methods.rs:403:9", p.location());
        p = assertThrows(Panic.class, () -> Floats.clamp(1.0, 2.0, 1.0));
        assertEquals("min > max, or either was NaN. min = 2.0, max = 1.0", p.message());
        assertEquals(root + "core/src/num/f64.rs:1502:9", p.location());
        p = assertThrows(Panic.class, () -> Floats.clamp(1.0f, 2.0f, 1.0f));
        assertEquals(root + "core/src/num/f32.rs:1504:9", p.location());
        assertEquals(root + "core/src/iter/traits/accum.rs:204:1", Panics.iterSumOverflow(false).location());
        assertEquals("attempt to multiply with overflow", Panics.iterSumOverflow(true).message());
        assertEquals("min > max. min = 2, max = 1", Panics.ordClampInverted("2", "1", L).message());
        assertEquals("no entry found for key", Panics.noEntryForKey(L).message());
        assertEquals("Out of bounds access", Panics.vecDequeOutOfBounds(L).message());
        assertEquals("chunk size must be non-zero", Panics.chunkSizeZero(L).message());
        assertEquals("window size must be non-zero", Panics.windowSizeZero(L).message());
    }

    @Test
    void runtimeWidthOutOfRange() {
        assertEquals("Formatting argument out of range", msg(() -> FmtSpec.count(70000, L)));
        assertEquals(65535, FmtSpec.count(65535, L));
    }

    @Test
    void hookOutputGoesToCapturedStderr() {
        RString sink = new RString();
        Io.beginCapture(sink);
        Panic p = Panic.panic("boom", "src/main.rs:2:5");
        assertEquals("boom", p.message());
        assertEquals("src/main.rs:2:5", p.location());
        String out = sink.toString();
        assertEquals(true, out.startsWith("\nthread '"), out);
        assertEquals(true, out.contains(") panicked at src/main.rs:2:5:\nboom\n"), out);
    }
}
