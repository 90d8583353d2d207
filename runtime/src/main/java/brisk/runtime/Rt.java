package brisk.runtime;

/**
 * Program entry wrapper. Runs the compiled Rust {@code main} on a thread with a large stack
 * (see {@link #MAIN_STACK_BYTES})
 * and turns its outcome into the process exit status exactly as a rustc binary does:
 * 0 on return, 101 after a panic (the hook already printed the report), 134 with Rust's
 * stack-overflow message on {@link StackOverflowError} (an abort: buffered stdout is lost).
 */
public final class Rt {
    /**
     * Stack of the Rust main thread. Rust's is 8 MiB; 64 MiB of JVM stack allows several times
     * the recursion depth rustc programs reach, while unbounded recursion still fails in well
     * under a second (a 1 GiB stack took ~40 s to overflow and unwind).
     */
    static final long MAIN_STACK_BYTES = 64L << 20;
    public static final int EXIT_PANIC = 101;
    public static final int EXIT_ABORT = 134;

    private Rt() {}

    /**
     * Runs {@code main} and returns the exit status (0, 101 or 134) after flushing stdout. An
     * abort does not return: it halts the JVM with 134 like SIGABRT's status in a shell.
     */
    public static int runMain(Runnable main, String binaryName) {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = runOnCurrentThread(main), "main", MAIN_STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Io.flushStdout();
        return status[0];
    }

    /** Program arguments as {@code std::env::args()} yields them: the binary name, then the rest. */
    private static volatile String[] args = new String[0];

    /** {@code fn main}'s entry: runs it and terminates the process with its status. */
    public static void main(Runnable main, String binaryName) {
        exit(runMain(main, binaryName));
    }

    /** As {@link #main(Runnable, String)}, recording the JVM's arguments for {@link #args()}. */
    public static void main(Runnable main, String binaryName, String[] javaArgs) {
        String[] all = new String[javaArgs.length + 1];
        all[0] = binaryName;
        System.arraycopy(javaArgs, 0, all, 1, javaArgs.length);
        args = all;
        exit(runMain(main, binaryName));
    }

    /** {@code std::env::args().collect()}: argument 0 is the binary name given to {@link #main}. */
    public static RStr[] args() {
        String[] a = args;
        RStr[] out = new RStr[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = RStr.of(a[i]);
        }
        return out;
    }

    /** {@code main} returned {@code Err(e)}: prints {@code Error: <Debug of e>}; returns status 1. */
    public static int mainReturnedError(String debugOfError) {
        Io.eprint("Error: " + debugOfError + "\n");
        return 1;
    }

    /** {@code std::process::exit}: flushes stdout and ends the process without running destructors. */
    public static void exit(int code) {
        Io.flushStdout();
        Runtime.getRuntime().halt(code);
    }

    /** {@code std::process::abort}: no flush, status 134. */
    public static void abort() {
        Runtime.getRuntime().halt(EXIT_ABORT);
    }

    private static int runOnCurrentThread(Runnable main) {
        RtThreads.markMain();
        try {
            main.run();
            return 0;
        } catch (Panic p) {
            return EXIT_PANIC;
        } catch (StackOverflowError e) {
            stackOverflow();
            return EXIT_ABORT;
        } catch (OutOfMemoryError e) {
            Io.discardStdoutBuffer();
            Io.eprint("memory allocation failed\n");
            abort();
            return EXIT_ABORT;
        } catch (RuntimeException | Error e) {
            // Not a Rust panic: a bug in brisk's generated code or runtime. Say so loudly rather
            // than exit 0 or look like a program failure.
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            Io.eprint("brisk internal error (not a Rust panic): " + trace);
            return EXIT_PANIC;
        }
    }

    /** Rust's SIGSEGV guard-page handler output, then abort (any thread, including test threads). */
    public static void stackOverflow() {
        Io.discardStdoutBuffer();
        Io.eprint("\nthread '" + RtThreads.currentName() + "' (" + RtThreads.currentId()
                + ") has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
        abort();
    }
}
