package brisk.host;

import brisk.base.FileId;
import brisk.db.Snapshot;
import brisk.diagnostics.LineIndex;
import brisk.diagnostics.SourceLookup;
import brisk.project.ProjectInputs;
import brisk.project.SourceFiles;
import java.util.concurrent.ConcurrentHashMap;

/** File paths and texts for the renderers, read from one snapshot's inputs; line indexes built once. */
public final class HostSources implements SourceLookup {
    private final Snapshot snapshot;
    private final SourceFiles files;
    private final ConcurrentHashMap<FileId, LineIndex> lineIndexes = new ConcurrentHashMap<>();

    public HostSources(Snapshot snapshot, SourceFiles files) {
        this.snapshot = snapshot;
        this.files = files;
    }

    @Override
    public String path(FileId file) {
        return files.path(file);
    }

    @Override
    public String text(FileId file) {
        return snapshot.input(ProjectInputs.FILE_TEXT, file);
    }

    @Override
    public LineIndex lineIndex(FileId file) {
        return lineIndexes.computeIfAbsent(file, f -> LineIndex.of(text(f)));
    }
}
