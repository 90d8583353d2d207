package brisk.lsp;

import brisk.base.FileId;
import brisk.diagnostics.Diagnostic;
import brisk.driver.CheckQueries;
import brisk.project.BundledStd;
import brisk.resolve.CrateConfig;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Every diagnostic of a project, per file: the same query {@code brisk check} reads
 * ({@link CheckQueries#CRATE_DIAGNOSTICS}), for every workspace crate with {@code cfg(test)} on, so
 * errors inside {@code #[cfg(test)] mod tests} show too. Unlike {@code brisk check} it does not skip
 * dependents of a failed crate: the editor wants every file's errors at once. A file reached from
 * several crates (or a module included twice) reports each diagnostic once.
 */
final class ProjectDiagnostics {
    private ProjectDiagnostics() {}

    /**
     * @param crateDone called with the number of crates finished so far, for progress reports
     * @return every workspace source file (std excluded) to its diagnostics, empty lists included
     */
    static Map<FileId, List<Diagnostic>> compute(ProjectView view, IntConsumer crateDone) {
        var byFile = new TreeMap<FileId, LinkedHashSet<Diagnostic>>();
        var files = view.files;
        for (int i = 0; i < files.size(); i++) {
            if (!BundledStd.isStdPath(files.paths().get(i))) {
                byFile.put(new FileId(i), new LinkedHashSet<>());
            }
        }
        var crates = view.crates();
        for (int i = 0; i < crates.size(); i++) {
            view.checkCanceled();
            var config = new CrateConfig(crates.get(i).id(), true);
            for (var d : view.snapshot.get(CheckQueries.CRATE_DIAGNOSTICS, config)) {
                if (d.primary() != null && byFile.containsKey(d.primary().file())) {
                    byFile.get(d.primary().file()).add(d);
                }
            }
            crateDone.accept(i + 1);
        }
        var out = new TreeMap<FileId, List<Diagnostic>>();
        byFile.forEach((file, set) -> out.put(file, List.copyOf(set)));
        return out;
    }
}
