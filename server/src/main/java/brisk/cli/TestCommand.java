package brisk.cli;

import brisk.build.BuiltProgram;
import brisk.project.CrateData;
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

    @Option(names = "--no-run", description = "Compile the tests but do not run them, like `cargo test --no-run`")
    boolean noRun;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var session = BuildCommand.Session.open(path, System.err);
        if (session == null) {
            return 2;
        }
        var built = session.build(c -> session.selected(c, pkg), true);
        if (built == null) {
            return Main.COMPILE_ERROR;
        }
        var args = new ArrayList<String>();
        if (filter != null) {
            args.add(filter);
        }
        args.addAll(harnessArgs);
        for (BuiltProgram program : built) {
            // cargo: "Running unittests src/lib.rs (...)" for a lib's or bin's tests, "Running tests/it.rs (...)";
            // with --no-run, "Executable" and nothing runs.
            System.err.println((noRun ? "  Executable " : "     Running ")
                    + (program.crate().kind() == TargetKind.TEST ? "" : "unittests ")
                    + program.crate().rootFile().substring(
                    program.crate().packageDir().isEmpty() ? 0 : program.crate().packageDir().length() + 1)
                    + " (" + session.workspace.root().relativize(program.classes()) + ")");
            System.err.flush();
            if (noRun) {
                continue;
            }
            int code = Main.context().runTests(program.classes(), session.workspace.root(), program.mainClass(), args);
            if (code != 0) {
                return code;
            }
        }
        for (BuiltProgram program : noRun ? List.<BuiltProgram>of() : built) {
            if (program.crate().kind() == TargetKind.LIB) {
                docTests(session, program.crate());
            }
        }
        return 0;
    }

    /**
     * cargo's last block, the lib's doc-tests. brisk does not compile doc-tests: with none in the lib the
     * block is exactly cargo's (0 tests); with some, a warning says they were not run.
     */
    private static void docTests(BuildCommand.Session session, CrateData lib) {
        System.err.println("   Doc-tests " + lib.name());
        String sources = lib.packageDir().isEmpty() ? "src/" : lib.packageDir() + "/src/";
        long examples = session.workspace.files().entrySet().stream()
                .filter(file -> file.getKey().startsWith(sources))
                .flatMap(file -> file.getValue().lines())
                .map(String::strip)
                .filter(line -> (line.startsWith("///") || line.startsWith("//!")) && line.substring(3).strip().startsWith("```"))
                .count() / 2;
        if (examples > 0) {
            System.err.println("warning: brisk does not run doc-tests yet: " + examples + " code example"
                    + (examples == 1 ? "" : "s") + " in `" + lib.name() + "` not run");
        }
        System.err.flush();
        System.out.print("\nrunning 0 tests\n\ntest result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out;"
                + " finished in 0.00s\n\n");
        System.out.flush();
    }
}
