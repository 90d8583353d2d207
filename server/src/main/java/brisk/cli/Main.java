package brisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * brisk's command line: {@code brisk check|build|run|test|lsp}. Exit codes as cargo's: 0 ok, 101 when
 * the code does not compile (or a program/test panics), 2 for usage errors.
 */
@Command(name = "brisk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A Rust compiler for the JVM with an incremental query database.",
        subcommands = {CheckCommand.class, BuildCommand.class, RunCommand.class, TestCommand.class,
                LspCommand.class})
public final class Main implements Runnable {
    /** cargo's exit status when a crate does not compile. */
    static final int COMPILE_ERROR = 101;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs brisk with {@code args}; returns the exit code (tests call this in-process). */
    public static int run(String... args) {
        var cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 2);
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try `brisk check`)");
    }
}
