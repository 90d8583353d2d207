package brisk.daemon;

import brisk.build.WarmTestHost;
import brisk.cache.QueryCache;
import brisk.host.AnalysisHost;
import brisk.host.CommandContext;
import brisk.workspace.LoadedWorkspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A command served by the daemon: its database is the daemon's (one per workspace root, loaded from the
 * cache file the first time, then kept), inputs re-set from disk (unchanged files are no-ops for the
 * database); programs run in the client, test harnesses in the daemon's warm test host.
 */
final class DaemonContext implements CommandContext {
    private final Map<Path, AnalysisHost> hosts;
    private final Map<Path, WarmTestHost> testHosts;
    private final ProgramRequests programs;
    private final boolean terminal;
    private final String version;

    DaemonContext(Map<Path, AnalysisHost> hosts, Map<Path, WarmTestHost> testHosts, String version,
            ProgramRequests programs, boolean terminal) {
        this.hosts = hosts;
        this.testHosts = testHosts;
        this.version = version;
        this.programs = programs;
        this.terminal = terminal;
    }

    @Override
    public AnalysisHost host(LoadedWorkspace.Loaded workspace) {
        var host = hosts.computeIfAbsent(workspace.root(), root -> {
            var fresh = new AnalysisHost();
            QueryCache.forWorkspace(root, version).loadInto(fresh);
            return fresh;
        });
        host.resetStats();
        host.load(workspace.graph(), workspace.files());
        return host;
    }

    @Override
    public void release(LoadedWorkspace.Loaded workspace, AnalysisHost host, PrintStream err) {
        // Kept in memory; the daemon saves it after the request.
    }

    @Override
    public int runProgram(Path classes, Path workingDir, String mainClass, List<String> args) throws IOException {
        if (programs == null) {
            throw new IOException("no client to run " + mainClass);
        }
        return programs.run(classes, workingDir, mainClass, args);
    }

    @Override
    public int runTests(Path classes, Path workingDir, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        var host = testHosts.computeIfAbsent(workingDir, WarmTestHost::new);
        return host.run(classes, mainClass, args, System.out, System.err);
    }

    @Override
    public boolean terminal() {
        return terminal;
    }
}
