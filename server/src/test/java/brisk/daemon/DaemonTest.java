package brisk.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.cli.Main;
import brisk.cli.TestPackages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daemon serving commands from a warm database, as the launcher's client uses it. */
class DaemonTest {
    private static final String BUILD = "test-build";

    @TempDir
    Path dir;

    record Reply(Integer exit, String stdout, String stderr) {}

    @Test
    void servesCommandsFromAWarmDatabaseAndStopsForAnotherBuild() throws Exception {
        writePackage("fn main() {\n    let x = 6 * 7;\n    std::process::exit(x - 39);\n}\n");
        var server = new Thread(() -> {
            try {
                DaemonServer.serve(dir, BUILD, 1, Main::run);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        server.start();
        Path file = DaemonFile.at(dir);
        for (int i = 0; i < 600 && !Files.isRegularFile(file); i++) {
            Thread.sleep(50);
        }
        assertTrue(Files.isRegularFile(file), "the daemon announced itself");

        var check = send(BUILD, "check", ".");
        assertEquals(0, check.exit(), check.stderr());
        assertTrue(check.stderr().contains("Finished `dev` profile"), check.stderr());

        // Programs run in the client: the exit status is the program's.
        var run = send(BUILD, "run", ".");
        assertEquals(3, run.exit(), run.stderr());

        // A body edit re-infers that body only, in the daemon's database.
        writePackage("fn main() {\n    let x = 6 * 8;\n    std::process::exit(x - 39);\n}\n");
        var stats = send(BUILD, "check", ".", "--stats");
        assertEquals(0, stats.exit(), stats.stderr());
        assertEquals(1, executed(stats.stderr(), "infer"), stats.stderr());

        // Tests run in the warm test host: twice, the second after an edit, with libtest's report and status.
        writePackage("fn main() {}\n#[test]\nfn adds() {\n    assert_eq!(2 + 2, 4);\n}\n");
        var passing = send(BUILD, "test", ".");
        assertEquals(0, passing.exit(), passing.stderr());
        assertTrue(passing.stdout().contains("test adds ... ok"), passing.stdout());
        writePackage("fn main() {}\n#[test]\nfn adds() {\n    assert_eq!(2 + 2, 5);\n}\n");
        var failing = send(BUILD, "test", ".");
        assertEquals(101, failing.exit(), failing.stderr());
        assertTrue(failing.stdout().contains("test adds ... FAILED"), failing.stdout());
        assertTrue(failing.stdout().contains("test result: FAILED. 0 passed; 1 failed"), failing.stdout());

        writePackage("fn main() {\n    let x: i32 = \"six\";\n}\n");
        var broken = send(BUILD, "check", ".");
        assertEquals(101, broken.exit(), broken.stderr());
        assertTrue(broken.stderr().contains("error[E0308]: mismatched types"), broken.stderr());

        // Another brisk build is refused (the client then runs the command itself) and the daemon exits.
        assertNull(send("other-build", "check", ".").exit());
        server.join(10_000);
        assertFalse(server.isAlive());
        assertFalse(Files.exists(file), "the daemon removed its file");
    }

    private Reply send(String build, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Integer exit = DaemonClient.tryRun(dir, build, args);
            return new Reply(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** The "executed" column of a query's row in the --stats table. */
    private static int executed(String stats, String query) {
        var row = Pattern.compile("(?m)^" + query + "\\s*\\|\\s*(\\d+)\\s*\\|").matcher(stats);
        assertTrue(row.find(), stats);
        return Integer.parseInt(row.group(1));
    }

    private void writePackage(String main) throws IOException {
        TestPackages.writeBin(dir, main);
    }
}
