package brisk.lsp;

import brisk.base.FileId;
import brisk.db.Snapshot;
import brisk.db.Unit;
import brisk.project.BundledStd;
import brisk.project.CrateData;
import brisk.project.ProjectInputs;
import brisk.project.SourceFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * A project as one snapshot sees it: the file set, crate graph and texts all come from the
 * snapshot's inputs, so they agree with each other even if the protocol thread reloads the project
 * meanwhile (that write waits for this view to close, or cancels it). Open on the thread that reads
 * it; close it promptly.
 */
final class ProjectView implements AutoCloseable {
    final Project project;
    final Snapshot snapshot;
    final SourceFiles files;
    private final Map<FileId, LineMap> lineMaps = new HashMap<>();
    private CancelChecker cancel = () -> { };

    ProjectView(Project project) {
        this.project = project;
        this.snapshot = project.host().snapshot();
        try {
            this.files = snapshot.input(ProjectInputs.SOURCE_FILES, Unit.INSTANCE);
        } catch (RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    /** The workspace's own crates (brisk's std left out). */
    List<CrateData> crates() {
        return snapshot.input(ProjectInputs.CRATE_GRAPH, Unit.INSTANCE).crates().stream()
                .filter(c -> !BundledStd.isStd(c)).toList();
    }

    /** The id of an absolute file path, or null when it is not one of the project's files. */
    FileId fileId(Path file) {
        Path root = project.root();
        if (file == null || !file.startsWith(root)) {
            return null;
        }
        String rel = root.relativize(file).toString();
        return files.id(java.io.File.separatorChar == '/' ? rel : rel.replace(java.io.File.separatorChar, '/'));
    }

    /** A file's absolute path; null for the bundled std, which is not on disk. */
    Path path(FileId file) {
        String rel = files.path(file);
        return BundledStd.isStdPath(rel) ? null : project.root().resolve(rel).normalize();
    }

    String text(FileId file) {
        return snapshot.input(ProjectInputs.FILE_TEXT, file);
    }

    LineMap lines(FileId file) {
        return lineMaps.computeIfAbsent(file, f -> LineMap.of(text(f)));
    }

    /** Makes {@link #checkCanceled} honour the client's {@code $/cancelRequest} for this request. */
    void cancelWith(CancelChecker checker) {
        this.cancel = checker;
    }

    /** Throws {@link java.util.concurrent.CancellationException} if the client cancelled the request. */
    void checkCanceled() {
        cancel.checkCanceled();
    }

    @Override
    public void close() {
        snapshot.close();
    }
}
