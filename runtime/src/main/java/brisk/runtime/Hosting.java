package brisk.runtime;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where a program's standard streams go and how its harness ends. Normally the process's fds and
 * {@code halt}; inside a warm test host ({@link brisk.runtime.host.TestHost}), which loads the runtime
 * afresh for every run, the host's streams, no stdin (the host's own stdin carries its protocol), and
 * the exit status handed back as {@link Exit} instead of ending the process.
 */
public final class Hosting {
    private static OutputStream hostedOut;
    private static OutputStream hostedErr;

    private Hosting() {}

    /** Called by the test host on a fresh copy of the runtime, before the program runs. */
    public static void install(OutputStream out, OutputStream err) {
        hostedOut = out;
        hostedErr = err;
    }

    static boolean hosted() {
        return hostedOut != null;
    }

    static OutputStream stdout() {
        return hosted() ? hostedOut : new FileOutputStream(FileDescriptor.out);
    }

    static OutputStream stderr() {
        return hosted() ? hostedErr : new FileOutputStream(FileDescriptor.err);
    }

    static InputStream stdin() {
        return hosted() ? InputStream.nullInputStream() : new FileInputStream(FileDescriptor.in);
    }

    /** Ends a test harness with {@code code}: halts the process, or returns it to the host. */
    public static void end(int code) {
        if (hosted()) {
            throw new Exit(code);
        }
        Runtime.getRuntime().halt(code);
    }

    /** A hosted harness's exit status, thrown to the host that called its {@code main}. */
    public static final class Exit extends Error {
        private final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }

        public int code() {
            return code;
        }
    }
}
