package brisk.runtime.test;

import brisk.runtime.Fmt;
import brisk.runtime.FmtSpec;
import brisk.runtime.Formatter;
import brisk.runtime.Hosting;
import brisk.runtime.Io;
import brisk.runtime.Panic;
import brisk.runtime.RString;
import brisk.runtime.Rt;
import brisk.runtime.RtThreads;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A libtest-compatible runner for {@code cargo test}: same arguments (filters, {@code --exact},
 * {@code --skip}, {@code --ignored}, {@code --include-ignored}, {@code --list},
 * {@code --nocapture}, {@code --show-output}) and byte-identical output to libtest's pretty formatter run with
 * {@code --test-threads=1}: tests run one at a time in name order, each on its own thread named
 * after the test, with stdout/stderr captured and shown only for failures. A test running past
 * the time limit ({@code BRISK_TEST_TIMEOUT_SECS}, default 60) is reported failed with a note and
 * its thread abandoned; libtest itself has no such limit.
 */
public final class TestHarness {
    /** libtest gives each test thread 2 MiB; JVM frames are larger, so brisk reserves more. */
    private static final long STACK_BYTES = 16L << 20;

    private final Options options;
    private final long timeoutMillis;

    record Options(List<String> filters, List<String> skips, boolean exact, boolean ignoredOnly,
                   boolean includeIgnored, boolean list, boolean noCapture, boolean showOutput) {}

    /** A finished test: whether it failed, and its captured output (plus libtest's note, if any). */
    private record Result(String name, boolean failed, String output) {}

    private TestHarness(Options options, long timeoutMillis) {
        this.options = options;
        this.timeoutMillis = timeoutMillis;
    }

    /** Entry point of a compiled test binary: runs and terminates the process with libtest's status. */
    public static void main(String[] args, List<TestDesc> tests) {
        int code = run(args, tests);
        Io.flushStdout();
        Hosting.end(code);
    }

    /** Runs the tests, printing libtest's report to stdout; returns the exit status (0 or 101). */
    public static int run(String[] args, List<TestDesc> tests) {
        Options options = parse(args);
        if (options == null) {
            Io.eprint("error: unrecognized test harness option\n");
            return 101;
        }
        return new TestHarness(options, timeoutFromEnv()).runAll(tests);
    }

    static int run(String[] args, List<TestDesc> tests, long timeoutMillis) {
        Options options = parse(args);
        return new TestHarness(options, timeoutMillis).runAll(tests);
    }

    private static long timeoutFromEnv() {
        String v = System.getenv("BRISK_TEST_TIMEOUT_SECS");
        try {
            return v == null ? 60_000 : Long.parseLong(v.trim()) * 1000;
        } catch (NumberFormatException e) {
            return 60_000;
        }
    }

    static Options parse(String[] args) {
        List<String> filters = new ArrayList<>();
        List<String> skips = new ArrayList<>();
        boolean exact = false;
        boolean ignored = false;
        boolean include = false;
        boolean list = false;
        boolean noCapture = false;
        boolean showOutput = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--exact" -> exact = true;
                case "--ignored" -> ignored = true;
                case "--include-ignored" -> include = true;
                case "--list" -> list = true;
                case "--nocapture", "--no-capture" -> noCapture = true;
                case "--skip" -> {
                    if (i + 1 < args.length) {
                        skips.add(args[++i]);
                    }
                }
                case "--test-threads", "--format", "--color" -> i++; // accepted; runs stay sequential
                case "--show-output" -> showOutput = true;
                case "--quiet", "-q" -> { }
                default -> {
                    if (a.startsWith("--test-threads=") || a.startsWith("--color=") || a.startsWith("--format=")) {
                        continue;
                    }
                    if (a.startsWith("-")) {
                        return null;
                    }
                    filters.add(a);
                }
            }
        }
        return new Options(filters, skips, exact, ignored, include, list, noCapture, showOutput);
    }

    private boolean matches(String name, String pattern) {
        return options.exact ? name.equals(pattern) : name.contains(pattern);
    }

    private boolean selected(TestDesc t) {
        if (!options.filters.isEmpty() && options.filters.stream().noneMatch(f -> matches(t.name(), f))) {
            return false;
        }
        if (options.skips.stream().anyMatch(s -> matches(t.name(), s))) {
            return false;
        }
        return !options.ignoredOnly || t.ignore();
    }

    private int runAll(List<TestDesc> all) {
        List<TestDesc> tests = new ArrayList<>();
        for (TestDesc t : all) {
            if (selected(t)) {
                tests.add(t);
            }
        }
        tests.sort(Comparator.comparing(TestDesc::name));
        if (options.list) {
            for (TestDesc t : tests) {
                Io.print(t.name() + ": test\n");
            }
            Io.print("\n" + plural(tests.size(), "test") + ", 0 benchmarks\n");
            return 0;
        }
        long start = System.nanoTime();
        int filteredOut = all.size() - tests.size();
        Io.print("\nrunning " + tests.size() + (tests.size() == 1 ? " test\n" : " tests\n"));
        int passed = 0;
        int ignored = 0;
        List<Result> failures = new ArrayList<>();
        List<Result> successes = new ArrayList<>();
        for (TestDesc t : tests) {
            // libtest (one test thread) writes and flushes the name before running the test, so
            // uncaptured output (--nocapture) lands after it.
            Io.print("test " + t.name() + (t.shouldPanic() ? " - should panic" : "") + " ... ");
            Io.flushStdout();
            boolean runIgnored = options.ignoredOnly || options.includeIgnored;
            if (t.ignore() && !runIgnored) {
                Io.print("ignored" + (t.ignoreReason() != null ? ", " + t.ignoreReason() : "") + "\n");
                ignored++;
                continue;
            }
            Result r = runOne(t);
            if (!r.failed) {
                Io.print("ok\n");
                passed++;
                successes.add(r);
            } else {
                Io.print("FAILED\n");
                failures.add(r);
            }
        }
        StringBuilder out = new StringBuilder();
        if (options.showOutput) {
            writeResults(out, successes, "successes");
        }
        if (!failures.isEmpty()) {
            writeResults(out, failures, "failures");
        }
        double secs = (System.nanoTime() - start) / 1e9;
        out.append("\ntest result: ").append(failures.isEmpty() ? "ok" : "FAILED").append(". ")
                .append(passed).append(" passed; ").append(failures.size()).append(" failed; ")
                .append(ignored).append(" ignored; 0 measured; ").append(filteredOut)
                .append(" filtered out; finished in ")
                .append(Formatter.format(FmtSpec.DEFAULT.withPrecision(2), f -> Fmt.displayF64(f, secs)))
                .append("s\n\n");
        Io.print(out.toString());
        return failures.isEmpty() ? 0 : 101;
    }

    /** libtest's {@code write_results}: output blocks, then the sorted names. */
    private static void writeResults(StringBuilder out, List<Result> results, String title) {
        out.append('\n').append(title).append(":\n");
        StringBuilder stdouts = new StringBuilder();
        for (Result r : results) {
            if (!r.output.isEmpty()) {
                stdouts.append("---- ").append(r.name).append(" stdout ----\n").append(r.output).append('\n');
            }
        }
        if (!stdouts.isEmpty()) {
            out.append('\n').append(stdouts);
        }
        out.append('\n').append(title).append(":\n");
        results.stream().map(Result::name).sorted().forEach(n -> out.append("    ").append(n).append('\n'));
    }

    private static String plural(int n, String word) {
        return n == 1 ? "1 " + word : n + " " + word + "s";
    }

    /** Outcome of a test body: a panic, an Err's Debug, or neither. */
    private record Outcome(Panic panic, String errDebug) {}

    /** Runs one test and classifies it as libtest's {@code calc_result} does. */
    private Result runOne(TestDesc t) {
        RString capture = new RString();
        Outcome[] result = new Outcome[1];
        Thread worker = new Thread(null, () -> {
            RtThreads.setCurrentName(t.name());
            if (!options.noCapture) {
                Io.beginCapture(capture);
            }
            try {
                String err = t.body().run();
                if (err != null) {
                    Io.eprint("Error: " + err + "\n");
                }
                result[0] = new Outcome(null, err);
            } catch (Panic p) {
                result[0] = new Outcome(p, null);
            } catch (RuntimeException | OutOfMemoryError | AssertionError e) {
                // A bug in brisk itself: report it as a panic so the run still completes.
                result[0] = new Outcome(Panic.panic("brisk internal error: " + e, t.location()), null);
            } catch (StackOverflowError e) {
                Io.endCapture();
                Rt.stackOverflow();
            } finally {
                Io.endCapture();
            }
        }, t.name(), STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String captured;
        synchronized (capture) {
            captured = capture.toString();
        }
        if (worker.isAlive()) {
            return new Result(t.name(), true, captured + "note: test exceeded the time limit of "
                    + (timeoutMillis / 1000) + "s (brisk)");
        }
        Outcome o = result[0];
        if (t.shouldPanic()) {
            if (o.panic == null) {
                return new Result(t.name(), true, captured + "note: test did not panic as expected at " + t.location());
            }
            if (t.expectedPanic() != null && !o.panic.message().contains(t.expectedPanic())) {
                return new Result(t.name(), true, captured + "note: panic did not contain expected string\n"
                        + "      panic message: " + debugStr(o.panic.message()) + "\n"
                        + " expected substring: " + debugStr(t.expectedPanic()));
            }
            return new Result(t.name(), false, captured);
        }
        return new Result(t.name(), o.panic != null || o.errDebug != null, captured);
    }

    private static String debugStr(String s) {
        return Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugStr(f, s));
    }
}
