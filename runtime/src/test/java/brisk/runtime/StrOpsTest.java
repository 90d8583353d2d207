package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Reproduces strops.rs's output (recorded from rustc in strops.out) with {@link StrOps}/{@link RStr}. */
class StrOpsTest {

    static String dbg(RStr s) {
        return Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugStr(f, s));
    }

    static String dbg(RString s) {
        return dbg(s.asStr());
    }

    static String list(RStr[] items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(dbg(items[i]));
        }
        return sb.append(']').toString();
    }

    static String opt(long v) {
        return v < 0 ? "None" : "Some(" + v + ")";
    }

    @Test
    void matchesRustcStrMethods() throws IOException {
        String[] cases = {"", "a,b,,c,", ",", "héllo wörld", "  lead  and  trail  ", "line1\nline2\r\nline3\n", "\n",
            "a\n\nb", "ΣΑΣ ΟΔΟΣ Σ", "ß straße ǅ", "x\u2003y\u00a0z", "aaa", "tab\tsep"};
        RStr comma = RStr.of(",");
        StringBuilder out = new StringBuilder();
        for (String c : cases) {
            RStr s = RStr.of(c);
            out.append(dbg(s)).append('\n');
            out.append("  split(','): ").append(list(StrOps.split(s, ','))).append('\n');
            out.append("  split(\"aa\"): ").append(list(StrOps.split(s, RStr.of("aa")))).append('\n');
            out.append("  split_whitespace: ").append(list(StrOps.splitWhitespace(s))).append('\n');
            out.append("  lines: ").append(list(StrOps.lines(s))).append('\n');
            out.append("  upper: ").append(dbg(StrOps.toUppercase(s))).append(" lower: ").append(dbg(StrOps.toLowercase(s))).append('\n');
            out.append("  replace(a→XY): ").append(dbg(StrOps.replace(s, RStr.of("a"), RStr.of("XY"))))
                    .append(" replace(\"\"→-): ").append(dbg(StrOps.replace(s, RStr.EMPTY, RStr.of("-")))).append('\n');
            out.append("  trim: ").append(dbg(s.trim())).append(" repeat2: ").append(dbg(StrOps.repeat(s, 2))).append('\n');
            out.append("  splitn(2,','): ").append(list(StrOps.splitn(s, 2, comma)))
                    .append(" rsplit(','): ").append(list(StrOps.rsplit(s, comma))).append('\n');
            out.append("  split_terminator(','): ").append(list(StrOps.splitTerminator(s, comma))).append('\n');
            StringBuilder ci = new StringBuilder("[");
            Chars it = s.chars();
            for (int k = 0; k < 4 && it.hasNext(); k++) {
                int ch = it.next();
                ci.append(k == 0 ? "" : ", ").append('(').append(it.offset()).append(", ").append(Fmt.charDebugString(ch)).append(')');
            }
            out.append("  char_indices: ").append(ci).append("]\n");
            out.append("  rfind(a): ").append(opt(StrOps.rfind(s, RStr.of("a")))).append(" find(l): ").append(opt(s.find(RStr.of("l")))).append('\n');
        }
        assertEquals(DebugBuildersTest.resource("/strops.out"), out.toString());
    }

    @Test
    void overlappingAndEmptyPatterns() {
        // Expected values printed by rustc 1.95.
        assertEquals("[\"\", \"a\"]", list(StrOps.rsplit(RStr.of("aaa"), RStr.of("aa"))));
        assertEquals("[\"\", \"a\", \"b\", \"c\", \"\"]", list(StrOps.split(RStr.of("abc"), RStr.EMPTY)));
        assertEquals("[\"\", \"a\", \"bc\"]", list(StrOps.splitn(RStr.of("abc"), 3, RStr.EMPTY)));
        assertEquals("[\"\", \"c\", \"b\", \"a\", \"\"]", list(StrOps.rsplit(RStr.of("abc"), RStr.EMPTY)));
        assertEquals(2, StrOps.rfind(RStr.of("aaaa"), RStr.of("aa")));
    }

    static String opt(RStr s) {
        return s == null ? "None" : "Some(" + dbg(s) + ")";
    }

    @Test
    void prefixesSuffixesAndAscii() {
        // Expected lines printed by rustc 1.95 for the same calls.
        RStr s = RStr.of("xxhéllo wörldxx");
        assertEquals("None Some(\"hé\") None None",
                opt(s.get(2, 4)) + " " + opt(s.get(2, 5)) + " " + opt(s.get(3, 4)) + " " + opt(s.get(10, 99)));
        assertEquals("Some(\"héllo wörldxx\") Some(\"xxhéllo wörldx\") None",
                opt(s.stripPrefix(RStr.of("xx"))) + " " + opt(s.stripSuffix(RStr.of("x"))) + " " + opt(s.stripPrefix(RStr.of("y"))));
        assertEquals("\"héllo wörld\" \"héllo wörldxx\" \"xxhéllo wörldxx\" \"xxhéllo wörldxx\"",
                dbg(s.trimMatches(StrOps.charPattern('x'))) + " " + dbg(s.trimStartMatches(RStr.of("xx"))) + " "
                        + dbg(s.trimEndMatches(RStr.of("xxx"))) + " " + dbg(s.trimStartMatches(RStr.EMPTY)));
        assertEquals("true false \"HéLLO\" \"hÉllo\"",
                RStr.of("HeLLo").eqIgnoreAsciiCase(RStr.of("hello")) + " " + RStr.of("é").eqIgnoreAsciiCase(RStr.of("É")) + " "
                        + dbg(RStr.of("héllo").toAsciiUppercase()) + " " + dbg(RStr.of("HÉLLO").toAsciiLowercase()));
    }
}
