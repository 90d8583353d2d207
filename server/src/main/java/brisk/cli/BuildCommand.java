package brisk.cli;

import brisk.build.BuildService;
import brisk.build.BuiltProgram;
import brisk.diagnostics.CargoSummary;
import brisk.diagnostics.CargoUnit;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.HumanRenderer;
import brisk.host.AnalysisHost;
import brisk.host.CheckService;
import brisk.host.HostSources;
import brisk.project.CrateData;
import brisk.project.TargetKind;
import brisk.workspace.LoadedWorkspace;
import brisk.workspace.WorkspaceLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brisk build}: checks, then compiles every binary of the workspace to JVM classes, like {@code cargo build}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compile a workspace's binaries to JVM classes under target/brisk/classes, like `cargo build`.")
final class BuildCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = ".", description = "Workspace or package directory, Cargo.toml, or .rs file")
    Path path;

    @Option(names = {"-p", "--package"}, description = "Package to build")
    String pkg;

    @Option(names = "--stats", description = "Print how often each query ran or was reused")
    boolean stats;

    @Override
    public Integer call() {
        var session = Session.open(path, System.err);
        if (session == null) {
            return 2;
        }
        var programs = session.build(c -> c.kind() == TargetKind.BIN && session.selected(c, pkg), false);
        if (stats) {
            System.err.print(session.host.stats().renderTable());
        }
        return programs == null ? Main.COMPILE_ERROR : 0;
    }

    /**
     * One command's workspace: loaded, checked like {@code cargo check} (its diagnostics printed),
     * then programs built. Shared by build, run and test.
     */
    static final class Session {
        final LoadedWorkspace.Loaded workspace;
        final AnalysisHost host;
        final PrintStream err;
        final long start = System.nanoTime();

        private Session(LoadedWorkspace.Loaded workspace, PrintStream err) {
            this.workspace = workspace;
            this.err = err;
            // The same database `brisk check` uses: building after a check infers nothing again.
            this.host = Main.context().host(workspace);
        }

        /** Loads {@code path}; null (after printing the usage error) if it names no project. */
        static Session open(Path path, PrintStream err) {
            var loaded = WorkspaceLoader.load(path);
            if (loaded instanceof LoadedWorkspace.UsageError usage) {
                err.println("error: " + usage.message());
                return null;
            }
            return new Session((LoadedWorkspace.Loaded) loaded, err);
        }

        boolean selected(CrateData crate, String pkg) {
            if (pkg != null) {
                return crate.packageName().equals(pkg);
            }
            return workspace.members().contains(crate.packageDir()) || workspace.members().isEmpty();
        }

        /**
         * Checks the workspace, then builds every crate {@code which} accepts (its unit-test harness
         * with {@code test}). Prints errors as cargo does; returns null if anything failed. The database
         * is saved either way.
         */
        List<BuiltProgram> build(Predicate<CrateData> which, boolean test) {
            try {
                return checkAndBuild(which, test);
            } finally {
                Main.context().release(workspace, host, err);
            }
        }

        private List<BuiltProgram> checkAndBuild(Predicate<CrateData> which, boolean test) {
            int errors = 0;
            var out = new ArrayList<BuiltProgram>();
            try (var snapshot = host.snapshot()) {
                var sources = new HostSources(snapshot, host.files());
                var renderer = new HumanRenderer(sources, false);
                for (Diagnostic d : workspace.diagnostics()) {
                    err.print(renderer.render(d));
                    errors += d.severity() == brisk.diagnostics.Severity.ERROR ? 1 : 0;
                }
                var failed = new java.util.HashSet<CrateData>();
                for (var result : CheckService.check(snapshot, workspace.graph(), test)) {
                    for (var d : result.diagnostics()) {
                        err.print(renderer.render(d));
                    }
                    if (result.errors() > 0) {
                        errors += (int) result.errors();
                        failed.add(result.crate());
                        err.print(CargoSummary.couldNotCompile(unit(result.crate(), result.test()),
                                (int) result.errors(), (int) result.warnings(), false));
                    }
                }
                if (errors > 0) {
                    return null;
                }
                for (var crate : workspace.graph().crates()) {
                    if (!which.test(crate)) {
                        continue;
                    }
                    BuiltProgram built;
                    try {
                        built = BuildService.build(snapshot, workspace.root(), crate, test);
                    } catch (IOException e) {
                        err.println("error: cannot write classes: " + e.getMessage());
                        return null;
                    }
                    if (!built.ok()) {
                        for (var d : built.errors()) {
                            err.print(renderer.render(d));
                        }
                        err.print(CargoSummary.couldNotCompile(unit(crate, test), built.errors().size(), 0, false));
                        return null;
                    }
                    out.add(built);
                }
            }
            err.printf(Locale.ROOT, "    Finished `%s` profile [unoptimized + debuginfo] target(s) in %.2fs%n",
                    test ? "test" : "dev", (System.nanoTime() - start) / 1e9);
            return out;
        }

        private static CargoUnit unit(CrateData crate, boolean test) {
            var kind = switch (crate.kind()) {
                case LIB -> CargoUnit.Kind.LIB;
                case BIN -> CargoUnit.Kind.BIN;
                case TEST -> CargoUnit.Kind.TEST;
            };
            return new CargoUnit(crate.packageName(), kind, crate.name(), test && crate.kind() != TargetKind.TEST);
        }
    }
}
