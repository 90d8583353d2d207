package brisk.host;

import brisk.workspace.LoadedWorkspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command runs against, besides its arguments: where its query database comes from, how a
 * built program is started, and whether stdout is a terminal. A one-shot process loads the database
 * from the cache file and runs programs itself ({@code brisk.cli.OneShotContext}); the daemon
 * ({@code brisk.daemon}) keeps databases warm between commands and has its client start programs, so
 * they get the user's terminal and stdin.
 */
public interface CommandContext {
    /** The database for {@code workspace}, its inputs set from the loaded files. */
    AnalysisHost host(LoadedWorkspace.Loaded workspace);

    /** Called once the command no longer reads {@code host}: persist or keep it. */
    void release(LoadedWorkspace.Loaded workspace, AnalysisHost host, PrintStream err);

    /** Runs a built program's {@code mainClass}; returns its exit status. */
    int runProgram(Path classes, Path workingDir, String mainClass, List<String> args)
            throws IOException, InterruptedException;

    /** Runs a test harness's {@code mainClass} (from the workspace root); returns its exit status. */
    int runTests(Path classes, Path workingDir, String mainClass, List<String> args)
            throws IOException, InterruptedException;

    /** Whether stdout is a terminal (colors on with {@code --color=auto}). */
    boolean terminal();
}
