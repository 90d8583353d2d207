package brisk.cli;

import static brisk.cli.CheckCommandTest.brisk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brisk build/run/test} as a user runs them after {@code brisk check}: exit codes as cargo's, one cache. */
class BuildCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkThenRunSharesTheCacheAndPassesTheProgramThrough() throws IOException {
        writePackage("fn main() {\n    println!(\"{}\", 6 * 7);\n}\n");
        assertEquals(0, brisk("check", dir.toString()).exit());
        assertTrue(Files.isRegularFile(dir.resolve("target/brisk/db.bin")));
        long checked = Files.getLastModifiedTime(dir.resolve("target/brisk/db.bin")).toMillis();
        var run = brisk("run", dir.toString());
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(Files.getLastModifiedTime(dir.resolve("target/brisk/db.bin")).toMillis() >= checked);
    }

    @Test
    void buildingAfterACheckInAnotherProcessInfersNothingAgain() throws IOException {
        writePackage("fn twice(x: i64) -> i64 {\n    x * 2\n}\nfn main() {\n    println!(\"{}\", twice(21));\n}\n");
        assertEquals(0, brisk("check", dir.toString()).exit());
        var build = brisk("build", dir.toString(), "--stats");
        assertEquals(0, build.exit(), build.stderr());
        var infer = java.util.regex.Pattern.compile("(?m)^infer\\s*\\|\\s*(\\d+)\\s*\\|").matcher(build.stderr());
        assertTrue(infer.find(), build.stderr());
        assertEquals("0", infer.group(1), build.stderr());
    }

    @Test
    void aCompileErrorExits101LikeCargo() throws IOException {
        writePackage("fn main() {\n    let x: i32 = \"text\";\n}\n");
        for (String command : new String[] {"build", "run", "test"}) {
            var run = brisk(command, dir.toString());
            assertEquals(101, run.exit(), command + ": " + run.stderr());
            assertTrue(run.stderr().contains("error[E0308]: mismatched types"), run.stderr());
            assertTrue(run.stderr().contains("could not compile `demo`"), run.stderr());
        }
    }

    private void writePackage(String main) throws IOException {
        TestPackages.writeBin(dir, main);
    }
}
