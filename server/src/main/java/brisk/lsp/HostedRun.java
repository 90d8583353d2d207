package brisk.lsp;

import brisk.build.WarmTestHost;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * One test-harness run in the project's warm test host ({@link WarmTestHost}): no JVM start, so "Run test"
 * answers in milliseconds after an edit. Same contract as {@link ChildRun}: stdout and stderr captured
 * together up to {@link ChildRun#MAX_OUTPUT_BYTES}, a time limit and cancellation, both of which stop the
 * host (the next run starts a fresh one).
 */
final class HostedRun {
    private HostedRun() {}

    static ChildRun.Outcome run(WarmTestHost host, Path classes, String mainClass, List<String> args,
            Duration timeLimit, CancelChecker cancel) {
        var output = new ByteArrayOutputStream();
        var capped = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (output) {
                    output.write(bytes, offset, Math.min(length, Math.max(0, ChildRun.MAX_OUTPUT_BYTES - output.size())));
                }
            }
        }, true, StandardCharsets.UTF_8);
        var status = new AtomicInteger();
        var failure = new AtomicReference<Exception>();
        var runner = Thread.ofVirtual().start(() -> {
            try {
                status.set(host.run(classes, mainClass, args, capped, capped));
            } catch (Exception e) {
                failure.set(e);
            }
        });
        long deadline = System.nanoTime() + timeLimit.toNanos();
        boolean timedOut = false;
        try {
            while (!runner.join(Duration.ofMillis(20))) {
                cancel.checkCanceled();
                if (System.nanoTime() > deadline) {
                    timedOut = true;
                    host.close();
                    runner.join();
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            host.close();
            throw new CancellationException("interrupted");
        } catch (CancellationException e) {
            host.close();
            throw e;
        }
        String text;
        synchronized (output) {
            text = output.toString(StandardCharsets.UTF_8);
        }
        if (timedOut) {
            return new ChildRun.Outcome(-1, text + "\nbrisk: stopped after the time limit of " + timeLimit.toSeconds()
                    + " s\n", true);
        }
        if (failure.get() != null) {
            return new ChildRun.Outcome(-1, text + "error: the test host failed: " + failure.get().getMessage(), false);
        }
        return new ChildRun.Outcome(status.get(), text, false);
    }
}
