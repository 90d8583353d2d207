package brisk.lsp;

import brisk.base.FileId;
import brisk.build.BuildService;
import brisk.build.BuiltProgram;
import brisk.build.WarmTestHost;
import brisk.db.Cancelled;
import brisk.db.Unit;
import brisk.diagnostics.CargoSummary;
import brisk.diagnostics.CargoUnit;
import brisk.diagnostics.HumanRenderer;
import brisk.diagnostics.Severity;
import brisk.driver.CheckQueries;
import brisk.host.HostSources;
import brisk.project.BundledStd;
import brisk.project.CrateData;
import brisk.project.ProjectInputs;
import brisk.project.TargetKind;
import brisk.resolve.CrateConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Executes the lenses' commands: {@code brisk.run} builds the binary whose root file is given and
 * runs it; {@code brisk.runTest} builds the unit-test harness (or integration-test crate) holding
 * the test and runs that one test ({@code <testPath> --exact --include-ignored}). Both are checked first, as
 * {@code cargo run/test} would: compile errors, or features brisk cannot compile yet, answer
 * {@code passed = false} with the rendered errors as output.
 *
 * <p>The build reads a snapshot of the project's own database, the one the diagnostics come from,
 * so it reuses every checked, inferred and lowered item, and {@link BuildService} rewrites only the
 * class files whose bytes changed. An edit during the build cancels the snapshot; the build starts
 * over on the new text. The snapshot is closed before the child JVM starts, so typing never waits
 * for a running program. A test harness runs in the project's warm test host ({@link HostedRun}), a
 * binary in a child JVM. Runs of one project take turns (they share class directories); each has a
 * time limit, is stopped when the client cancels the request or the server shuts down, and gets an
 * empty stdin.
 */
final class ProgramRunner {
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final int BUILD_ATTEMPTS = 5;

    /** The answer to both commands, as PROTOCOL.md defines it. */
    record RunResult(boolean passed, String output, long durationMs) {}

    /** What to build and how to run it; {@code testPath} is null for a binary. */
    private record Target(CrateData crate, boolean test, List<String> args, String testPath) {}

    /** A target built, or why it could not be ({@code failure}, then {@code built} is null). */
    private record Prepared(Target target, BuiltProgram built, String failure) {}

    private final Session session;
    private final Map<Path, ReentrantLock> projectLocks = new ConcurrentHashMap<>();
    private final Set<ChildRun> running = ConcurrentHashMap.newKeySet();
    private final Map<Path, WarmTestHost> testHosts = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    ProgramRunner(Session session) {
        this.session = session;
    }

    /** {@code brisk.run [uri]}: the binary whose crate root is {@code uri}. */
    RunResult run(String uri, CancelChecker cancel) {
        return execute(uri, cancel, (view, file) -> {
            String rel = view.files.path(file);
            for (var crate : view.crates()) {
                if (crate.kind() == TargetKind.BIN && crate.rootFile().equals(rel)) {
                    return new Target(crate, false, List.of(), null);
                }
            }
            throw invalidParams("no binary of the workspace has its root at " + uri);
        });
    }

    /** {@code brisk.runTest [uri, testPath]}: one {@code #[test]} fn of the file, by its libtest name. */
    RunResult runTest(String uri, String testPath, CancelChecker cancel) {
        return execute(uri, cancel, (view, file) -> {
            for (var test : TestCatalog.inFile(view, file)) {
                if (test.testPath().equals(testPath)) {
                    // Asked for by name, an #[ignore]d test runs too.
                    return new Target(test.crate(), true,
                            List.of(testPath, "--exact", "--include-ignored", "--show-output"), testPath);
                }
            }
            return null;
        });
    }

    private RunResult execute(String uri, CancelChecker cancel, BiFunction<ProjectView, FileId, Target> pick) {
        long start = System.nanoTime();
        Path path = Session.toPath(uri);
        Project project = path == null ? null : session.projectFor(path);
        if (project == null) {
            throw invalidParams("no loaded workspace has the file " + uri);
        }
        var lock = projectLocks.computeIfAbsent(project.root(), root -> new ReentrantLock());
        acquire(lock, cancel);
        try {
            var prepared = prepare(project, path, cancel, pick);
            if (prepared == null) {
                return new RunResult(false, "no #[test] fn of " + uri + " is compiled into a test harness "
                        + "(is it inside a module left out by #[cfg]?)", millisSince(start));
            }
            if (prepared.failure() != null) {
                return new RunResult(false, prepared.failure(), millisSince(start));
            }
            var built = prepared.built();
            var outcome = prepared.target().testPath() == null
                    ? runChild(new ChildRun(built.classes(), built.mainClass(), prepared.target().args(), project.root()),
                            cancel)
                    : runHosted(project.root(), built, prepared.target().args(), cancel);
            return prepared.target().testPath() == null
                    ? new RunResult(outcome.exitCode() == 0 && !outcome.timedOut(), outcome.output(), millisSince(start))
                    : testResult(prepared.target().testPath(), outcome, millisSince(start));
        } finally {
            lock.unlock();
        }
    }

    /** Checks and builds on a fresh snapshot; starts over when an edit cancels it meanwhile. */
    private Prepared prepare(Project project, Path path, CancelChecker cancel,
            BiFunction<ProjectView, FileId, Target> pick) {
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            try (var view = new ProjectView(project)) {
                view.cancelWith(cancel);
                var file = view.fileId(path);
                if (file == null) {
                    throw invalidParams("the file is not part of its workspace any more: " + path);
                }
                var target = pick.apply(view, file);
                if (target == null) {
                    return null;
                }
                String errors = compileErrors(view, target);
                if (errors != null) {
                    return new Prepared(target, null, errors);
                }
                view.checkCanceled();
                var built = BuildService.build(view.snapshot, project.root(), target.crate(), target.test());
                if (!built.ok()) {
                    var renderer = new HumanRenderer(new HostSources(view.snapshot, view.files), false);
                    var out = new StringBuilder();
                    built.errors().forEach(d -> out.append(renderer.render(d)));
                    out.append(CargoSummary.couldNotCompile(unit(target.crate(), target.test()), built.errors().size(),
                            0, false));
                    return new Prepared(target, null, out.toString());
                }
                session.log(org.eclipse.lsp4j.MessageType.Log, "brisk: checked and built " + target.crate().name()
                        + (target.test() ? " (test)" : "") + " in " + millisSince(start) + " ms: "
                        + built.classesWritten() + " class file(s) written");
                return new Prepared(target, built, null);
            } catch (Cancelled e) {
                if (attempt == BUILD_ATTEMPTS) {
                    throw e;
                }
            } catch (IOException e) {
                return new Prepared(null, null, "error: cannot write classes: " + e.getMessage());
            }
        }
    }

    /**
     * The errors {@code cargo run/test} would stop at: the target's dependencies are checked first
     * (without {@code cfg(test)}), then the target itself; the first crate with errors ends the check.
     * Null when there are none.
     */
    private static String compileErrors(ProjectView view, Target target) {
        var graph = view.snapshot.input(ProjectInputs.CRATE_GRAPH, Unit.INSTANCE);
        var order = new LinkedHashSet<CrateData>();
        addDependencies(graph, target.crate(), order);
        order.remove(target.crate());
        var renderer = new HumanRenderer(new HostSources(view.snapshot, view.files), false);
        var checks = new ArrayList<CrateConfig>();
        order.forEach(crate -> checks.add(new CrateConfig(crate.id(), false)));
        checks.add(new CrateConfig(target.crate().id(), target.test()));
        for (var config : checks) {
            view.checkCanceled();
            var out = new StringBuilder();
            int errors = 0;
            for (var d : view.snapshot.get(CheckQueries.CRATE_DIAGNOSTICS, config)) {
                if (d.severity() == Severity.ERROR) {
                    out.append(renderer.render(d));
                    errors++;
                }
            }
            if (errors > 0) {
                var crate = graph.crate(config.crate());
                return out.append(CargoSummary.couldNotCompile(unit(crate, config.test()), errors, 0, false)).toString();
            }
        }
        return null;
    }

    /** Dependencies before dependents, brisk's std left out. */
    private static void addDependencies(brisk.project.CrateGraph graph, CrateData crate, Set<CrateData> order) {
        for (var dep : crate.deps()) {
            var data = graph.crate(dep.crate());
            if (!BundledStd.isStd(data) && !order.contains(data)) {
                addDependencies(graph, data, order);
            }
        }
        order.add(crate);
    }

    private static CargoUnit unit(CrateData crate, boolean test) {
        var kind = switch (crate.kind()) {
            case LIB -> CargoUnit.Kind.LIB;
            case BIN -> CargoUnit.Kind.BIN;
            case TEST -> CargoUnit.Kind.TEST;
        };
        return new CargoUnit(crate.packageName(), kind, crate.name(), test && crate.kind() != TargetKind.TEST);
    }

    /**
     * One test's verdict from the harness's output: passed when the harness exited 0 and reported
     * this test ok. The output is what libtest shows for the test: its captured stdout (and, for a
     * failure, the panic message); the whole harness output when the test did not run normally.
     */
    private static RunResult testResult(String testPath, ChildRun.Outcome outcome, long millis) {
        String output = outcome.output();
        if (!output.contains("\ntest " + testPath + " ... ")) {
            return new RunResult(false, "the test harness did not run `" + testPath + "`:\n" + output, millis);
        }
        boolean passed = !outcome.timedOut() && outcome.exitCode() == 0
                && output.contains("\ntest " + testPath + " ... ok\n");
        String section = outcome.timedOut() ? null : section(output, testPath, passed ? "successes" : "failures");
        // A passing test that printed nothing has no block.
        return new RunResult(passed, section != null ? section : passed ? "" : output, millis);
    }

    /** The text of libtest's {@code ---- <name> stdout ----} block in its {@code title} section, or null. */
    static String section(String output, String testPath, String title) {
        String header = "---- " + testPath + " stdout ----\n";
        int titleAt = output.indexOf("\n" + title + ":\n");
        int start = titleAt < 0 ? -1 : output.indexOf(header, titleAt);
        if (start < 0) {
            return null;
        }
        start += header.length();
        int end = output.lastIndexOf("\n\n" + title + ":\n");
        return end >= start ? output.substring(start, end) : output.substring(start);
    }

    /** A test harness runs in the project's warm test host: no JVM to start after an edit. */
    private ChildRun.Outcome runHosted(Path root, BuiltProgram built, List<String> args, CancelChecker cancel) {
        if (stopped) {
            throw new CancellationException("the server is shutting down");
        }
        var host = testHosts.computeIfAbsent(root, WarmTestHost::new);
        return HostedRun.run(host, built.classes(), built.mainClass(), args, TIME_LIMIT, cancel);
    }

    private ChildRun.Outcome runChild(ChildRun child, CancelChecker cancel) {
        if (stopped) {
            throw new CancellationException("the server is shutting down");
        }
        running.add(child);
        try {
            return child.run(TIME_LIMIT, cancel);
        } catch (IOException e) {
            return new ChildRun.Outcome(-1, "error: cannot start the program's JVM: " + e.getMessage(), false);
        } finally {
            running.remove(child);
        }
    }

    private static void acquire(ReentrantLock lock, CancelChecker cancel) {
        try {
            while (!lock.tryLock(50, TimeUnit.MILLISECONDS)) {
                cancel.checkCanceled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Kills every running program (the server is shutting down). */
    void shutdown() {
        stopped = true;
        running.forEach(ChildRun::kill);
        testHosts.values().forEach(WarmTestHost::close);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static ResponseErrorException invalidParams(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
