package brisk.build;

import brisk.codegen.EmittedClass;
import brisk.codegen.JvmNames;
import brisk.db.Snapshot;
import brisk.lower.LowerQueries;
import brisk.project.CrateData;
import brisk.resolve.CrateConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Builds programs from a checked workspace: lowers each to IR (one query), generates its classes
 * (a query per class) and writes them under {@code <root>/target/brisk/classes/<crate>[-test]/}.
 * Callers run the check first: lowering assumes well-typed bodies.
 */
public final class BuildService {
    private BuildService() {}

    /** The directory holding the generated classes of one program. */
    public static Path classesDir(Path workspaceRoot, CrateData crate, boolean test) {
        return workspaceRoot.resolve("target").resolve("brisk").resolve("classes").resolve(crate.name() + "-"
                + crate.kind().name().toLowerCase(java.util.Locale.ROOT) + (test ? "-test" : ""));
    }

    /** Builds the binary ({@code test == false}) or unit-test harness of {@code crate}. */
    public static BuiltProgram build(Snapshot snapshot, Path workspaceRoot, CrateData crate, boolean test)
            throws IOException {
        var config = new CrateConfig(crate.id(), test);
        var lowered = snapshot.get(LowerQueries.PROGRAM, config);
        Path dir = classesDir(workspaceRoot, crate, test);
        if (!lowered.errors().isEmpty()) {
            return new BuiltProgram(crate, test, lowered.errors(), null, null, 0);
        }
        var names = snapshot.get(BuildQueries.CLASS_NAMES, config);
        List<EmittedClass> classes;
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, names.size() / 8));
        if (threads > 1) {
            // Classes are independent queries over one snapshot: generated on all cores, collected in name order.
            try (var pool = new ForkJoinPool(threads)) {
                classes = pool.submit(() -> names.parallelStream()
                        .map(name -> snapshot.get(BuildQueries.CLASS, new BuildQueries.ClassKey(config, name)))
                        .toList()).join();
            }
        } else {
            classes = names.stream().map(name -> snapshot.get(BuildQueries.CLASS, new BuildQueries.ClassKey(config, name)))
                    .toList();
        }
        int written = ClassOutput.write(dir, classes);
        var entry = lowered.module().entry();
        String mainClass = entry == null ? null : JvmNames.moduleClass(entry.module()).replace('/', '.');
        return new BuiltProgram(crate, test, List.of(), dir, mainClass, written);
    }
}
