package brisk.lsp;

import brisk.build.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * One run of a built program in a child JVM ({@link ChildJvm#command}) for the language server:
 * stdout and stderr captured together (as a terminal would interleave them), stdin empty, a time
 * limit, and the client's cancellation honoured by killing the process.
 */
final class ChildRun {
    /** Output beyond this is dropped (the program still runs to its end): a client shows text, not logs. */
    static final int MAX_OUTPUT_BYTES = 1 << 20;

    /** How a run ended: exit status (-1 if killed at the time limit), its output, whether it timed out. */
    record Outcome(int exitCode, String output, boolean timedOut) {}

    private final List<String> command;
    private final Path workingDir;
    private volatile Process process;

    ChildRun(Path classes, String mainClass, List<String> args, Path workingDir) {
        this.command = ChildJvm.command(classes, mainClass, args);
        this.workingDir = workingDir;
    }

    Outcome run(Duration timeLimit, CancelChecker cancel) throws IOException {
        var started = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
        process = started;
        started.getOutputStream().close();
        var output = new ByteArrayOutputStream();
        var reader = Thread.ofVirtual().start(() -> drain(started.getInputStream(), output));
        long deadline = System.nanoTime() + timeLimit.toNanos();
        boolean timedOut = false;
        try {
            while (!started.waitFor(20, TimeUnit.MILLISECONDS)) {
                cancel.checkCanceled();
                if (System.nanoTime() > deadline) {
                    timedOut = true;
                    kill();
                    started.waitFor();
                    break;
                }
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new CancellationException("interrupted");
        } catch (CancellationException e) {
            kill();
            throw e;
        }
        String text;
        synchronized (output) {
            text = output.toString(StandardCharsets.UTF_8);
            if (output.size() >= MAX_OUTPUT_BYTES) {
                text += "\nbrisk: output truncated after " + (MAX_OUTPUT_BYTES >> 20) + " MiB\n";
            }
        }
        if (timedOut) {
            return new Outcome(-1, text + "\nbrisk: stopped after the time limit of " + timeLimit.toSeconds() + " s\n",
                    true);
        }
        return new Outcome(started.exitValue(), text, false);
    }

    /** Kills the program (and anything it started). */
    void kill() {
        var p = process;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (out) {
                    int room = MAX_OUTPUT_BYTES - out.size();
                    if (room > 0) {
                        out.write(buffer, 0, Math.min(n, room));
                    }
                }
            }
        } catch (IOException e) {
            // The process was killed: keep what was read.
        }
    }
}
