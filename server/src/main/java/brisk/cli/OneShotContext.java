package brisk.cli;

import brisk.build.ChildJvm;
import brisk.cache.QueryCache;
import brisk.host.AnalysisHost;
import brisk.host.CommandContext;
import brisk.workspace.LoadedWorkspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** One process, one command: the database comes from and goes back to {@code target/brisk/db.bin}. */
final class OneShotContext implements CommandContext {
    static final OneShotContext INSTANCE = new OneShotContext();

    private OneShotContext() {}

    @Override
    public AnalysisHost host(LoadedWorkspace.Loaded workspace) {
        var host = new AnalysisHost();
        QueryCache.forWorkspace(workspace.root(), Version.build()).loadInto(host);
        host.load(workspace.graph(), workspace.files());
        return host;
    }

    @Override
    public void release(LoadedWorkspace.Loaded workspace, AnalysisHost host, PrintStream err) {
        var cache = QueryCache.forWorkspace(workspace.root(), Version.build());
        try {
            cache.save(host);
        } catch (IOException e) {
            // Losing the cache only costs time on the next command.
            err.println("warning: could not write the query cache " + cache.file() + ": " + e.getMessage());
        }
    }

    @Override
    public int runProgram(Path classes, Path workingDir, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        return ChildJvm.run(classes, workingDir, mainClass, args);
    }

    @Override
    public int runTests(Path classes, Path workingDir, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        return ChildJvm.run(classes, workingDir, mainClass, args);
    }

    @Override
    public boolean terminal() {
        return System.console() != null && System.console().isTerminal();
    }
}
