package brisk.cli;

import brisk.daemon.DaemonServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brisk daemon}: keeps a workspace's database warm and answers check/build/run/test from it. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "Serve check/build/run/test of a workspace from a warm database (the brisk launcher starts it).")
final class DaemonCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = ".", description = "Workspace or package directory, Cargo.toml, or .rs file")
    Path path;

    @Option(names = "--idle-minutes", defaultValue = "30", description = "Exit after this long without a request")
    int idleMinutes;

    @Option(names = "--stop", description = "Stop the workspace's daemon instead of starting one")
    boolean stop;

    @Override
    public Integer call() throws Exception {
        if (stop) {
            return brisk.daemon.DaemonClient.stop(path) ? 0 : 1;
        }
        return DaemonServer.serve(path, Version.build(), idleMinutes, Main::run);
    }
}
