package brisk.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.cli.Main;
import brisk.cli.TestPackages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's Python client ({@code tools/daemon-client.py}) against a real daemon: same protocol as Java's. */
class PythonClientTest {
    private static final Path CLIENT = Path.of("..", "tools", "daemon-client.py").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @TempDir
    Path jars;

    record Run(int exit, String stdout, String stderr) {}

    @Test
    void checksAndRunsThroughTheDaemon() throws Exception {
        Assumptions.assumeTrue(python() != null, "python3 is not installed");
        TestPackages.writeBin(dir, "fn main() {\n    println!(\"from the program\");\n    std::process::exit(4);\n}\n");
        // The client derives the build stamp from the jars' modification times, as brisk.cli.Version does.
        Path core = Files.writeString(jars.resolve("brisk-compiler-core-x.jar"), "");
        Path server = Files.writeString(jars.resolve("brisk-server-x.jar"), "");
        Files.setLastModifiedTime(core, FileTime.fromMillis(1_000_000_123L));
        Files.setLastModifiedTime(server, FileTime.fromMillis(2_000_000_456L));
        Path classpath = Files.writeString(jars.resolve("classpath.txt"), core + ":" + jars.resolve("other.jar"));
        String build = "test+1000000123+2000000456";
        var daemon = new Thread(() -> {
            try {
                DaemonServer.serve(dir, build, 1, Main::run);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        daemon.start();
        for (int i = 0; i < 600 && !Files.isRegularFile(DaemonFile.at(dir)); i++) {
            Thread.sleep(50);
        }
        try {
            var check = client(server, classpath, "check", ".");
            assertEquals(0, check.exit(), check.stderr());
            assertTrue(check.stderr().contains("Finished `dev` profile"), check.stderr());

            var run = client(server, classpath, "run", ".");
            assertEquals(4, run.exit(), run.stderr());
            assertEquals("from the program\n", run.stdout());

            // No daemon of this build: 254 tells the launcher to go on with the JVM.
            Files.setLastModifiedTime(server, FileTime.fromMillis(3_000_000_000L));
            assertEquals(254, client(server, classpath, "check", ".").exit());
        } finally {
            DaemonClient.stop(dir);
            daemon.join(10_000);
        }
    }

    private Run client(Path serverJar, Path classpath, String... args) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of(python(), CLIENT.toString(), serverJar.toString(),
                classpath.toString()));
        command.addAll(java.util.List.of(args));
        Path out = jars.resolve("out.txt");
        Path err = jars.resolve("err.txt");
        var process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String python() {
        for (String candidate : new String[] {"/usr/bin/python3", "/usr/local/bin/python3"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
