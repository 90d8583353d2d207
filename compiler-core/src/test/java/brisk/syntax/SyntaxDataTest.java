package brisk.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven parser tests. Every {@code .rs} file under {@code src/test/resources/syntax/ok} and
 * {@code .../err} is parsed; its tree dump and errors are compared with the {@code .txt} file next
 * to it. Run with {@code -Dbless=true} to (re)write the expected files.
 *
 * <p>Files in {@code ok/} must parse without errors (they are also accepted by rustc); files in
 * {@code err/} must produce at least one error. Both must round-trip to their exact text.
 */
class SyntaxDataTest {
    static final Path ROOT = Path.of("src/test/resources/syntax");
    private static final boolean BLESS = Boolean.getBoolean("bless");

    static List<Path> inputs(String dir) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
            return files.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> okFiles() throws IOException {
        return inputs("ok").stream().map(p -> DynamicTest.dynamicTest("ok/" + p.getFileName(), () -> check(p, true)));
    }

    @TestFactory
    Stream<DynamicTest> errFiles() throws IOException {
        return inputs("err").stream().map(p -> DynamicTest.dynamicTest("err/" + p.getFileName(), () -> check(p, false)));
    }

    private static void check(Path input, boolean expectOk) throws IOException {
        String text = Files.readString(input, StandardCharsets.UTF_8);
        Parse parse = Parser.parseSourceFile(text);
        assertEquals(text, parse.tree().text(), "round trip");
        if (expectOk) {
            assertTrue(parse.errors().isEmpty(), () -> "unexpected errors: " + parse.errors());
        } else {
            assertFalse(parse.errors().isEmpty(), "expected at least one error");
        }
        String actual = dump(parse);
        Path expectedFile = input.resolveSibling(input.getFileName().toString().replace(".rs", ".txt"));
        if (BLESS || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            if (!BLESS) {
                throw new AssertionError("wrote missing expectation " + expectedFile + "; check it and rerun");
            }
            return;
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual,
                "tree dump differs for " + input + " (rerun with -Dbless=true to accept)");
    }

    static String dump(Parse parse) {
        StringBuilder sb = new StringBuilder(parse.tree().debugDump());
        for (SyntaxError e : parse.errors()) {
            sb.append("error ").append(e.range().start()).append("..").append(e.range().end()).append(": ")
                    .append(e.message()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Incremental reparsing relies on this: every function body in the inputs, reparsed on its own
     * with {@link Parser#parseBlockExpr}, yields a green tree equal to the one in the file.
     */
    @TestFactory
    Stream<DynamicTest> functionBodiesReparseToEqualGreenTrees() throws IOException {
        return inputs("ok").stream().map(p -> DynamicTest.dynamicTest("bodies of " + p.getFileName(), () -> {
            SyntaxNode root = Parser.parseSourceFile(Files.readString(p, StandardCharsets.UTF_8)).tree();
            for (SyntaxNode fn : root.descendants()) {
                SyntaxNode body = fn.kind() == SyntaxKind.FN ? fn.childOfKind(SyntaxKind.BLOCK_EXPR) : null;
                if (body != null) {
                    Parse reparsed = Parser.parseBlockExpr(body.text());
                    assertTrue(reparsed.errors().isEmpty(), () -> reparsed.errors().toString());
                    assertEquals(body.green(), reparsed.green(), () -> "body differs: " + body.text());
                }
            }
        }));
    }
}
