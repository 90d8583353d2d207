package brisk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.base.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random edits of the test inputs (deletions, insertions of tokens and characters including
 * non-ASCII, truncations) must never make the parser throw or lose text, and every error range must
 * lie inside the input.
 */
class ParserPropertyTest {
    private static final String[] FRAGMENTS = {
        "{", "}", "(", ")", "[", "]", "<", ">", ">>", "::", ";", ",", ".", "..", "..=", "=>", "->", "|", "||", "&",
        "&&", "#", "#!", "!", "?", "'", "'a", "\"", "r#\"", "b'", "/*", "*/", "//", "\n", " ", "fn", "let", "if",
        "else", "match", "struct", "enum", "impl", "trait", "mod", "use", "pub", "where", "for", "in", "loop",
        "while", "as", "mut", "ref", "move", "async", "await", "unsafe", "const", "static", "dyn", "type", "x",
        "0", "1.5", "0x", "1e", "é", "中", "🎉", "€", "\u0000", "\t", "macro_rules!", "m!", "union", "=", "+=",
        "\\", "'\\", "b'\\", "c\"", "br#", "r#", "0b", "1.", "'a'", "$", "@", "~", "extern \"C\" {",
    };

    @Test
    void randomEditsNeverThrowAndAlwaysRoundTrip() throws IOException {
        List<String> corpus = new ArrayList<>();
        for (String dir : List.of("ok", "err")) {
            for (Path p : SyntaxDataTest.inputs(dir)) {
                corpus.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(20261125L);
        int iterations = 3000;
        for (int i = 0; i < iterations; i++) {
            String base = corpus.get(random.nextInt(corpus.size()));
            String edited = base;
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                edited = edit(edited, random);
            }
            check(edited, i);
        }
    }

    private static String edit(String text, Random random) {
        int len = text.length();
        int at = len == 0 ? 0 : snap(text, random.nextInt(len + 1));
        switch (random.nextInt(5)) {
            case 0 -> {
                int end = snap(text, Math.min(len, at + random.nextInt(40)));
                return text.substring(0, at) + text.substring(Math.max(at, end));
            }
            case 1, 2 -> {
                return text.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + text.substring(at);
            }
            case 3 -> {
                char c = (char) (random.nextInt(0x7F - 0x20) + 0x20);
                return text.substring(0, at) + c + text.substring(at);
            }
            default -> {
                return text.substring(0, at);
            }
        }
    }

    /** Moves an index off the middle of a surrogate pair (a lone surrogate is not valid text). */
    private static int snap(String text, int i) {
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
            return i - 1;
        }
        return i;
    }

    private static void check(String text, int iteration) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        Parse file = Parser.parseSourceFile(text);
        assertEquals(text, file.tree().text(), () -> "round trip failed at iteration " + iteration + ":\n" + text);
        assertEquals(bytes, file.green().width());
        for (SyntaxError e : file.errors()) {
            TextRange r = e.range();
            assertTrue(r.end() <= bytes, () -> "error range out of bounds: " + e);
        }
        Parse block = Parser.parseBlockExpr(text);
        assertEquals(text, block.tree().text(), () -> "block round trip failed at iteration " + iteration);
    }

    @Test
    void pathologicalInputsTerminate() {
        List<String> inputs = List.of("", " ", "{", "}", "(((((((((", ")))))))", "fn", "fn f(", "<<<<<<<<", "#[",
                "#![", "match", "match x {", "let", "impl<", "struct S<", "use {", "use ::{", "'", "\"", "r#", "/*",
                "a.0.1.", "x as", "..=", "|", "||", "&&&&", "::", "fn f() -> ", "where", "pub(", "pub(in",
                "fn f() { let Some(x) = y else", "enum E { A = }", "macro_rules! m", "trait T: ", "'a: loop",
                "f::<", "a < b > c", "if let", "for in {}", "x.await.", "S { ..", "[0; ]");
        for (String text : inputs) {
            check(text, -1);
            check(text.repeat(50), -1);
        }
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        for (String open : List.of("(", "[", "{", "fn f() { ", "mod m { ", "m!(", "-", "&", "Vec<", "|x| ", "a.", "!")) {
            String text = "fn f() { " + open.repeat(20_000) + " }";
            Parse parse = Parser.parseSourceFile(text);
            assertEquals(text, parse.tree().text());
            assertTrue(parse.hasErrors());
        }
    }
}
