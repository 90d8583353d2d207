package brisk.cli;

import brisk.daemon.DaemonClient;
import brisk.host.CommandContext;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * brisk's command line: {@code brisk check|build|run|test|lsp|daemon}. Exit codes as cargo's: 0 ok, 101
 * when the code does not compile (or a program/test panics), 2 for usage errors.
 *
 * <p>Started by the {@code brisk} launcher (system property {@code brisk.daemon=auto}), check/build/run/test
 * are first offered to the workspace's daemon, which answers from a warm database; without one the
 * command runs here and then starts a daemon for the next command.
 */
@Command(name = "brisk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A Rust compiler for the JVM with an incremental query database.",
        subcommands = {CheckCommand.class, BuildCommand.class, RunCommand.class, TestCommand.class,
                LspCommand.class, DaemonCommand.class})
public final class Main implements Runnable {
    /** cargo's exit status when a crate does not compile. */
    static final int COMPILE_ERROR = 101;

    private static final ThreadLocal<CommandContext> CONTEXT = ThreadLocal.withInitial(() -> OneShotContext.INSTANCE);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Path cwd = Path.of("").toAbsolutePath();
        if ("auto".equals(System.getProperty("brisk.daemon")) && DaemonClient.serves(args)) {
            Integer code = DaemonClient.tryRun(cwd, Version.build(), args);
            if (code != null) {
                System.exit(code);
            }
            int local = run(args);
            DaemonClient.startDaemon(cwd, args);
            System.exit(local);
        }
        System.exit(run(args));
    }

    /** Runs brisk with {@code args} in this process; returns the exit code (tests call this in-process). */
    public static int run(String... args) {
        return run(OneShotContext.INSTANCE, Path.of("").toAbsolutePath(), args);
    }

    /**
     * Runs brisk with {@code args} against {@code context}, relative paths in them taken from {@code cwd}
     * (the daemon serves clients started in other directories).
     */
    public static int run(CommandContext context, Path cwd, String... args) {
        CONTEXT.set(context);
        try {
            var cli = new CommandLine(new Main());
            cli.registerConverter(Path.class, text -> cwd.resolve(text));
            cli.setExitCodeExceptionMapper(e -> 2);
            return cli.execute(args);
        } finally {
            CONTEXT.remove();
        }
    }

    /** The context of the command running on this thread. */
    static CommandContext context() {
        return CONTEXT.get();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try `brisk check`)");
    }
}
