package brisk.cli;

import brisk.build.BuiltProgram;
import brisk.project.TargetKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code brisk test}: builds the unit-test harness of every selected lib and bin and runs each in a
 * child JVM with libtest's output, like {@code cargo test}; exit status 101 if any test failed.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Build and run the #[test] fns, like `cargo test`; arguments after `--` go to the harness.")
final class TestCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = ".", description = "Workspace or package directory, Cargo.toml, or .rs file")
    Path path;

    @Parameters(index = "1", arity = "0..1", description = "Only run tests whose name contains this")
    String filter;

    @Parameters(index = "2..*", description = "Harness arguments (after --): --exact, --ignored, --include-ignored, ...")
    List<String> harnessArgs = new ArrayList<>();

    @Option(names = {"-p", "--package"}, description = "Package to test")
    String pkg;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var session = BuildCommand.Session.open(path, System.err);
        if (session == null) {
            return 2;
        }
        var built = session.build(c -> c.kind() != TargetKind.TEST && session.selected(c, pkg), true);
        if (built == null) {
            return Main.COMPILE_ERROR;
        }
        var args = new ArrayList<String>();
        if (filter != null) {
            args.add(filter);
        }
        args.addAll(harnessArgs);
        int status = 0;
        for (BuiltProgram program : built) {
            System.err.println("     Running unittests " + program.crate().rootFile().substring(
                    program.crate().packageDir().isEmpty() ? 0 : program.crate().packageDir().length() + 1)
                    + " (" + session.workspace.root().relativize(program.classes()) + ")");
            System.err.flush();
            int code = Main.context().runTests(program.classes(), session.workspace.root(), program.mainClass(), args);
            if (code != 0) {
                return code;
            }
        }
        return status;
    }
}
