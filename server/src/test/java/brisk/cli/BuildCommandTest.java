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
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("Cargo.toml"), """
                [package]
                name = "demo"
                version = "0.1.0"
                edition = "2021"
                """);
        Files.writeString(dir.resolve("src/main.rs"), main);
    }
}
