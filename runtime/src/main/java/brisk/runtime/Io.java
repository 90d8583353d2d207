package brisk.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout and stderr as Rust's std sees them. Stdout is a {@link LineWriter} over
 * fd 1 (or a test host's stream, see {@link Hosting}; Rust's stdout is line-buffered even into a pipe, so the interleaving of stdout and stderr
 * in a combined pipe matches rustc); stderr is unbuffered. While a test runs, both are redirected
 * to the test's capture buffer, inherited by threads it spawns (as libtest's output capture).
 */
public final class Io {
    private static final LineWriter STDOUT = new LineWriter(Hosting.stdout());
    private static final OutputStream STDERR = Hosting.stderr();
    private static final InheritableThreadLocal<RString> CAPTURE = new InheritableThreadLocal<>();
    /** Fast path: no thread-local lookup unless some test capture was ever installed. */
    private static volatile boolean captureUsed;

    private Io() {}

    /** Renders an I/O failure as Rust's {@code io::Error} Display does for common OS errors. */
    static String osError(IOException e) {
        String m = String.valueOf(e.getMessage());
        return switch (m) {
            case "Broken pipe" -> "Broken pipe (os error 32)";
            case "No space left on device" -> "No space left on device (os error 28)";
            case "Bad file descriptor" -> "Bad file descriptor (os error 9)";
            default -> m;
        };
    }

    /** {@code print!}: writes the string's UTF-8 bytes to stdout. */
    public static void print(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        printBytes(b, 0, b.length);
    }

    public static void print(RString s) {
        printBytes(s.bytes(), 0, s.byteLength());
    }

    public static void print(RStr s) {
        printBytes(s.bytes(), s.offset(), s.byteLength());
    }

    public static void printBytes(byte[] b, int off, int len) {
        if (captureUsed && captured(b, off, len)) {
            return;
        }
        try {
            STDOUT.write(b, off, len);
        } catch (IOException e) {
            STDOUT.discard();
            throw Panic.panic("failed printing to stdout: " + osError(e), StdLocations.STDIO_PRINT);
        }
    }

    /** {@code eprint!}: writes the string's UTF-8 bytes to stderr, unbuffered. */
    public static void eprint(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        eprintBytes(b, 0, b.length);
    }

    public static void eprint(RString s) {
        eprintBytes(s.bytes(), 0, s.byteLength());
    }

    public static void eprint(RStr s) {
        eprintBytes(s.bytes(), s.offset(), s.byteLength());
    }

    public static void eprintBytes(byte[] b, int off, int len) {
        if (captureUsed && captured(b, off, len)) {
            return;
        }
        try {
            synchronized (STDERR) {
                STDERR.write(b, off, len);
            }
        } catch (IOException ignored) {
            // Rust's eprint! panics on failure too, but a closed stderr leaves nowhere to report it.
        }
    }

    /** Flushes buffered stdout (at exit, {@code process::exit}, {@code io::stdout().flush()}). */
    public static void flushStdout() {
        try {
            STDOUT.flush();
        } catch (IOException ignored) {
            // Rust ignores flush errors at exit as well.
        }
    }

    /** Drops buffered, not yet written stdout bytes: what an abort (stack overflow) loses. */
    static void discardStdoutBuffer() {
        STDOUT.discard();
    }

    /** Routes this thread's (and its future children's) print output into {@code sink}. */
    public static void beginCapture(RString sink) {
        captureUsed = true;
        CAPTURE.set(sink);
    }

    public static void endCapture() {
        CAPTURE.remove();
    }

    private static boolean captured(byte[] b, int off, int len) {
        RString sink = CAPTURE.get();
        if (sink == null) {
            return false;
        }
        synchronized (sink) {
            sink.pushBytes(b, off, len);
        }
        return true;
    }
}
