package brisk.testing;

import brisk.db.Database;
import brisk.db.Durability;
import brisk.db.Unit;
import brisk.diagnostics.Diagnostic;
import brisk.driver.CheckQueries;
import brisk.project.BundledStd;
import brisk.project.CrateData;
import brisk.project.CrateGraph;
import brisk.project.CrateId;
import brisk.project.ProjectInputs;
import brisk.project.SourceFiles;
import brisk.project.TargetKind;
import brisk.resolve.CrateConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database holding a one-crate workspace (plus std) built from in-memory files, for tests of
 * the compiler core that must not touch the file system.
 */
public final class TestWorkspace {
    public final Database db = new Database();
    public final SourceFiles files;
    public final CrateConfig crate;

    /** A library crate {@code demo} rooted at {@code demo/src/lib.rs}, or a bin if only main.rs is given. */
    public TestWorkspace(Map<String, String> sources) {
        var all = new TreeMap<String, String>(sources);
        all.putAll(BundledStd.files());
        files = SourceFiles.of(new ArrayList<>(all.keySet()));
        db.set(ProjectInputs.SOURCE_FILES, Unit.INSTANCE, files, Durability.MEDIUM);
        all.forEach((path, text) -> db.set(ProjectInputs.FILE_TEXT, files.id(path), text,
                BundledStd.isStdPath(path) ? Durability.HIGH : Durability.LOW));
        String root = sources.containsKey("demo/src/lib.rs") ? "demo/src/lib.rs" : "demo/src/main.rs";
        var kind = root.endsWith("lib.rs") ? TargetKind.LIB : TargetKind.BIN;
        var demo = new CrateData(new CrateId(0), "demo", "demo", kind, root, "demo", "2021", List.of(), List.of(),
                true);
        db.set(ProjectInputs.CRATE_GRAPH, Unit.INSTANCE, BundledStd.withStd(new CrateGraph(List.of(demo))),
                Durability.HIGH);
        crate = new CrateConfig(new CrateId(0), false);
    }

    public void edit(String path, String text) {
        db.set(ProjectInputs.FILE_TEXT, files.id(path), text, Durability.LOW);
    }

    public List<Diagnostic> check() {
        return db.get(CheckQueries.CRATE_DIAGNOSTICS, crate);
    }
}
