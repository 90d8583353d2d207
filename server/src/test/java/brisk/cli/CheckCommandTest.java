package brisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brisk check} as a user runs it: exit codes, rustc-style output, cargo's summary, JSON lines. */
class CheckCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String stdout, String stderr) {}

    static Run brisk(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void theBundledExampleIsClean() {
        var run = brisk("check", "../examples/hello-workspace");
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("Finished `dev` profile"), run.stderr());
    }

    @Test
    void anUnresolvedNameIsReportedLikeRustcAndExits101() throws IOException {
        writePackage("fn main() {\n    let a = missing;\n}\n");
        var run = brisk("check", dir.toString());
        assertEquals(101, run.exit(), run.stderr());
        assertEquals("""
                error[E0425]: cannot find value `missing` in this scope
                 --> src/main.rs:2:13
                  |
                2 |     let a = missing;
                  |             ^^^^^^^ not found in this scope

                error: could not compile `demo` (bin "demo") due to 1 previous error
                """, run.stderr());
    }

    @Test
    void jsonMessagesAreOneCargoObjectPerLine() throws IOException {
        writePackage("fn main() {\n    undefined();\n}\n");
        var run = brisk("check", dir.toString(), "--message-format=json");
        assertEquals(101, run.exit());
        var lines = run.stdout().lines().toList();
        assertEquals(1, lines.size(), run.stdout());
        assertTrue(lines.getFirst().startsWith("{\"reason\":\"compiler-message\""), lines.getFirst());
        assertTrue(lines.getFirst().contains("\"code\":\"E0425\""), lines.getFirst());
    }

    @Test
    void aPathWithoutAProjectIsAUsageError() {
        var run = brisk("check", dir.resolve("nowhere").toString());
        assertEquals(2, run.exit());
        assertTrue(run.stderr().startsWith("error: "), run.stderr());
    }

    @Test
    void aRegistryDependencyIsNamedInTheError() throws IOException {
        writePackage("fn main() {}\n");
        Files.writeString(dir.resolve("Cargo.toml"), """
                [package]
                name = "demo"
                version = "0.1.0"
                edition = "2021"

                [dependencies]
                serde = "1"
                """);
        var run = brisk("check", dir.toString());
        assertEquals(101, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("serde"), run.stderr());
    }

    @Test
    void statsPrintTheQueryTable() {
        var run = brisk("check", "../examples/hello-workspace", "--stats");
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("body_resolution"), run.stderr());
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() throws IOException {
        var body = new StringBuilder("fn main() {}\n");
        for (int i = 0; i < 40; i++) {
            body.append("fn f").append(i).append("() -> i32 { let x = missing").append(i).append("; x }\n");
        }
        writePackage(body.toString());
        var one = brisk("check", dir.toString(), "-j", "1");
        var four = brisk("check", dir.toString(), "-j", "4");
        assertEquals(101, one.exit());
        assertEquals(one.stderr(), four.stderr());
        assertTrue(one.stderr().contains("due to 40 previous errors"), one.stderr());
    }

    private void writePackage(String main) throws IOException {
        TestPackages.writeBin(dir, main);
    }
}
