package brisk.runtime;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rust's default panic hook: prints the panic report to stderr (which is the per-test capture
 * while a test runs). The backtrace note is printed once per process, for the first panic only,
 * and only when {@code RUST_BACKTRACE} is unset or {@code 0}; brisk cannot print a Rust backtrace,
 * so with backtraces requested it prints nothing in its place.
 */
final class PanicHook {
    private static final AtomicBoolean NOTE_PRINTED = new AtomicBoolean();
    private static final boolean BACKTRACE_REQUESTED = backtraceRequested();

    private PanicHook() {}

    static void report(Panic p) {
        StringBuilder sb = new StringBuilder(96 + p.message().length());
        sb.append("\nthread '").append(RtThreads.currentName()).append("' (")
                .append(RtThreads.currentId()).append(") panicked at ")
                .append(p.location()).append(":\n").append(p.message()).append('\n');
        if (!BACKTRACE_REQUESTED && NOTE_PRINTED.compareAndSet(false, true)) {
            sb.append("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
        }
        Io.eprint(sb.toString());
    }

    private static boolean backtraceRequested() {
        String v = System.getenv("RUST_BACKTRACE");
        return v != null && !v.equals("0");
    }
}
