package brisk.cli;

import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.HumanRenderer;
import brisk.host.CheckService;
import brisk.host.HostSources;
import brisk.workspace.LoadedWorkspace;
import brisk.workspace.WorkspaceLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brisk check}: reports every error and warning of a workspace, like {@code cargo check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a workspace, package or .rs file and report errors, like `cargo check`.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = ".", description = "Workspace or package directory, Cargo.toml, or .rs file")
    Path path;

    @Option(names = "--message-format", defaultValue = "human", description = "human or json")
    MessageFormat messageFormat;

    @Option(names = {"--tests", "--all-targets"}, description = "Also check test targets and #[cfg(test)] code")
    boolean tests;

    @Option(names = "--stats", description = "Print how often each query ran or was reused")
    boolean stats;

    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never")
    ColorChoice color;

    @Option(names = {"-j", "--jobs"}, description = "Threads checking items in parallel (default: all cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    enum MessageFormat { human, json }

    enum ColorChoice { auto, always, never }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintStream err = System.err;
        var loaded = WorkspaceLoader.load(path);
        if (loaded instanceof LoadedWorkspace.UsageError usage) {
            err.println("error: " + usage.message());
            return 2;
        }
        var workspace = (LoadedWorkspace.Loaded) loaded;
        var context = Main.context();
        var host = context.host(workspace);
        var report = new CheckReport(workspace, messageFormat == MessageFormat.json, useColor());
        int errors = 0;
        try (var snapshot = host.snapshot()) {
            var sources = new HostSources(snapshot, host.files());
            var renderer = new HumanRenderer(sources, useColor());
            for (Diagnostic d : workspace.diagnostics()) {
                errors += report.emit(renderer, sources, null, d);
            }
            for (var result : CheckService.check(snapshot, workspace.graph(), tests, jobs)) {
                for (var d : result.diagnostics()) {
                    errors += report.emit(renderer, sources, result, d);
                }
                report.summary(result);
            }
        }
        context.release(workspace, host, err);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (errors == 0) {
            report.finished(seconds);
        }
        if (stats) {
            err.print(host.stats().renderTable());
        }
        return errors == 0 ? 0 : Main.COMPILE_ERROR;
    }

    private boolean useColor() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> Main.context().terminal();
        };
    }
}
