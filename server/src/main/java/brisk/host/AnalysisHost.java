package brisk.host;

import brisk.base.FileId;
import brisk.db.Database;
import brisk.db.Durability;
import brisk.db.PersistSchema;
import brisk.db.QueryStats;
import brisk.db.Snapshot;
import brisk.db.Unit;
import brisk.project.BundledStd;
import brisk.project.CrateGraph;
import brisk.project.ProjectInputs;
import brisk.project.SourceFiles;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * Owns the query database of one workspace and is the only writer of its inputs. The CLI loads
 * a workspace once; the language server also feeds it edits. Readers take snapshots.
 */
public final class AnalysisHost {
    private final Database db = new Database();
    private SourceFiles files = SourceFiles.of(java.util.List.of());

    /** Sets every input from a loaded workspace (plus brisk's std): file set, texts and the crate graph. */
    public void load(CrateGraph graph, Map<String, String> workspaceFiles) {
        var all = new TreeMap<String, String>(workspaceFiles);
        all.putAll(BundledStd.files());
        files = SourceFiles.of(new ArrayList<>(all.keySet()));
        db.set(ProjectInputs.SOURCE_FILES, Unit.INSTANCE, files, Durability.MEDIUM);
        for (var entry : all.entrySet()) {
            var durability = BundledStd.isStdPath(entry.getKey()) ? Durability.HIGH : Durability.LOW;
            db.set(ProjectInputs.FILE_TEXT, files.id(entry.getKey()), entry.getValue(), durability);
        }
        db.set(ProjectInputs.CRATE_GRAPH, Unit.INSTANCE, BundledStd.withStd(graph), Durability.HIGH);
    }

    /** Replaces one file's text (an editor keystroke or a file change on disk); false if the path is unknown. */
    public boolean setFileText(String path, String text) {
        FileId id = files.id(path);
        if (id == null) {
            return false;
        }
        db.set(ProjectInputs.FILE_TEXT, id, text, Durability.LOW);
        return true;
    }

    /** Loads a persisted database; call before {@link #load}. Null on success, else why it was ignored. */
    public String loadCache(PersistSchema schema, byte[] bytes) {
        return db.load(schema, bytes);
    }

    /** Serializes the database; call with every snapshot closed. */
    public byte[] saveCache(PersistSchema schema) {
        return db.save(schema);
    }

    /** False when the database holds nothing the last loaded or saved cache does not (no need to save). */
    public boolean cacheOutdated() {
        return db.modifiedSinceLoadOrSave();
    }

    public SourceFiles files() {
        return files;
    }

    public Snapshot snapshot() {
        return db.snapshot();
    }

    public QueryStats stats() {
        return db.stats();
    }

    public void resetStats() {
        db.resetStats();
    }
}
