package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Reproduces parse.rs's output (recorded from rustc in parse.out) with {@link Parse}. */
class ParseTest {

    static String dbg(FmtFn v) {
        return Formatter.format(FmtSpec.DEBUG, v);
    }

    static String intResult(RStr s, int bits, boolean signed) {
        Parse.IntResult r = Parse.parseInt(s, bits, signed);
        if (r.error() != null) {
            return "Err(" + dbg(r.error()::debug) + ")";
        }
        return "Ok(" + (signed ? Long.toString(r.value()) : Long.toUnsignedString(r.value())) + ")";
    }

    static String floatResult(Parse.FloatResult r, boolean f32) {
        if (r.error() != null) {
            return "Err(" + dbg(r.error()::debug) + ")";
        }
        return "Ok(" + dbg(f32 ? f -> Fmt.debugF32(f, (float) r.value()) : f -> Fmt.debugF64(f, r.value())) + ")";
    }

    @Test
    void matchesRustcParse() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String t : new String[] {"", "+", "-", "12", "+12", "-12", "1_0", " 1", "1 ", "128", "-129", "255",
            "256", "-0", "0x10", "٣", "99999999999999999999", "-99999999999999999999"}) {
            RStr s = RStr.of(t);
            out.append(dbg(f -> Fmt.debugStr(f, s)))
                    .append(" i8=").append(intResult(s, 8, true))
                    .append(" u8=").append(intResult(s, 8, false))
                    .append(" i64=").append(intResult(s, 64, true))
                    .append(" u64=").append(intResult(s, 64, false)).append('\n');
        }
        for (String t : new String[] {"", "1", "1.5", ".5", "5.", "+1.0", "-0", "1e5", "1E-5", "inf", "-inf",
            "Infinity", "NaN", "nan", "infinity", "1e", " 1", "0x10", "1_0", "1.0f", "1d", "e5", ".", "-.5",
            "1e400", "1e-400", "+nan"}) {
            RStr s = RStr.of(t);
            out.append(dbg(f -> Fmt.debugStr(f, s)))
                    .append(" f64=").append(floatResult(Parse.parseF64(s), false))
                    .append(" f32=").append(floatResult(Parse.parseF32(s), true)).append('\n');
        }
        for (String t : new String[] {"x", "", "999", "-999"}) {
            int bits = t.equals("999") || t.equals("-999") ? 8 : 32;
            ParseIntError e = Parse.parseInt(RStr.of(t), bits, !t.equals("999")).error();
            out.append(e.display()).append(" | ").append(dbg(e::debug)).append('\n');
        }
        for (String t : new String[] {"x", ""}) {
            ParseFloatError e = Parse.parseF64(RStr.of(t)).error();
            out.append(e.display()).append(" | ").append(dbg(e::debug)).append('\n');
        }
        for (String t : new String[] {"true", "false", "True", ""}) {
            int b = Parse.parseBool(RStr.of(t));
            out.append(b < 0 ? "Err(ParseBoolError)" : b == 1 ? "Ok(true)" : "Ok(false)").append('\n');
        }
        out.append(Parse.PARSE_BOOL_ERROR).append(" | ParseBoolError\n");
        for (String t : new String[] {"a", "ab", ""}) {
            int c = Parse.parseChar(RStr.of(t));
            out.append(c == -1 ? "Err(ParseCharError { kind: EmptyString })"
                    : c == -2 ? "Err(ParseCharError { kind: TooManyChars })"
                    : "Ok(" + Fmt.charDebugString(c) + ")").append('\n');
        }
        assertEquals(DebugBuildersTest.resource("/parse.out"), out.toString());
    }
}
