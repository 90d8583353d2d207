package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code test-fixtures/nvim/e2e.lua} in a headless Neovim (a real LSP client) against the
 * server on this test's class path: a type error typed into an unsaved buffer must produce E0308 on
 * the right line, and clear once fixed; the "Run test" lens runs the fixture's test (passed), then
 * again after an unsaved edit breaks it (failed). The workspace is a copy, so the server's output
 * ({@code target/brisk}) stays out of the repository. Skipped where {@code nvim} is not installed
 * ({@code .ci/run} installs it).
 */
class NeovimEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void neovimSeesDiagnosticsAppearAndClearAndRunsATest() throws Exception {
        assumeTrue(nvimAvailable(), "nvim is not installed");
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path script = repo.resolve("test-fixtures/nvim/e2e.lua");
        Path log = Files.createTempFile("brisk-nvim-e2e", ".log");
        var builder = new ProcessBuilder("nvim", "--headless", "-n", "-u", "NONE", "-c", "luafile " + script)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Path workspace = copy(repo.resolve("test-fixtures/nvim/workspace"), dir.resolve("workspace"));
        builder.environment().put("BRISK_E2E_WORKSPACE", workspace.toString());
        builder.environment().put("BRISK_LSP_JAVA", ProcessHandle.current().info().command().orElse("java"));
        builder.environment().put("BRISK_LSP_CLASSPATH", System.getProperty("java.class.path"));
        var process = builder.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertEquals(0, finished ? process.exitValue() : -1, "nvim e2e failed:\n" + output);
    }

    private static Path copy(Path source, Path target) throws IOException {
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!source.relativize(file).startsWith("target")) {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    private static boolean nvimAvailable() {
        try {
            var process = new ProcessBuilder("nvim", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
