package brisk.cli;

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
 * {@code brisk run}: builds one binary and runs it in a child JVM, passing its stdout, stderr and
 * exit status through, like {@code cargo run}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Build and run a binary, like `cargo run`; arguments after `--` go to the program.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = ".", description = "Workspace or package directory, Cargo.toml, or .rs file")
    Path path;

    @Parameters(index = "1..*", description = "Arguments for the program (after --)")
    List<String> args = new ArrayList<>();

    @Option(names = {"-p", "--package"}, description = "Package with the binary to run")
    String pkg;

    @Option(names = "--bin", description = "Name of the binary to run")
    String bin;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var session = BuildCommand.Session.open(path, System.err);
        if (session == null) {
            return 2;
        }
        var candidates = session.workspace.graph().crates().stream()
                .filter(c -> c.kind() == TargetKind.BIN && session.selected(c, pkg))
                .filter(c -> bin == null || c.name().equals(bin.replace('-', '_')))
                .toList();
        CrateData target = pick(session, candidates);
        if (target == null) {
            return 101;
        }
        var built = session.build(c -> c.equals(target), false);
        if (built == null) {
            return Main.COMPILE_ERROR;
        }
        var program = built.getFirst();
        System.err.println("     Running `" + session.workspace.root().relativize(program.classes()) + "`");
        System.err.flush();
        return Main.context().runProgram(program.classes(), session.workspace.root(), program.mainClass(), args);
    }

    /** The one binary to run, or null after printing cargo's error. */
    private CrateData pick(BuildCommand.Session session, List<CrateData> candidates) {
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        if (candidates.isEmpty()) {
            System.err.println(bin != null ? "error: no bin target named `" + bin + "`"
                    : "error: a bin target must be available for `cargo run`");
            return null;
        }
        for (CrateData c : candidates) {
            var manifest = session.workspace.manifests().get(c.packageDir());
            String defaultRun = manifest == null || manifest.pkg() == null ? null : manifest.pkg().defaultRun();
            if (defaultRun != null && candidates.stream().allMatch(o -> o.packageName().equals(c.packageName()))
                    && c.name().equals(defaultRun.replace('-', '_'))) {
                return c;
            }
        }
        System.err.println("error: `cargo run` could not determine which binary to run. Use the `--bin` option to "
                + "specify a binary, or the `default-run` manifest key.");
        System.err.println("available binaries: " + String.join(", ", candidates.stream().map(CrateData::name).toList()));
        return null;
    }
}
