package brisk.cache;

import brisk.db.PersistSchema;
import brisk.host.AnalysisHost;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The on-disk query database of one workspace: {@code <root>/target/brisk/db.bin}. Loading a missing,
 * truncated, corrupt or foreign-version file is not an error: the cache is ignored and rebuilt. Saving
 * writes a temporary file in the same directory and renames it over the old one, so a reader never sees a
 * half-written cache. brisk writes nothing else outside {@code target/brisk}.
 */
public final class QueryCache {
    private final Path file;
    private final PersistSchema schema;

    private QueryCache(Path file, PersistSchema schema) {
        this.file = file;
        this.schema = schema;
    }

    /** The cache of the workspace rooted at {@code root}, for brisk {@code version}. */
    public static QueryCache forWorkspace(Path root, String version) {
        return new QueryCache(root.resolve("target").resolve("brisk").resolve("db.bin"), BriskSchema.create(version));
    }

    public Path file() {
        return file;
    }

    /**
     * Loads the cache into {@code host}, which must be new (before its inputs are set). Returns null when
     * loaded, else why it was not (no file, unreadable, or rejected by the database).
     */
    public String loadInto(AnalysisHost host) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return "no cache";
        } catch (IOException e) {
            return "unreadable cache: " + e.getMessage();
        }
        return host.loadCache(schema, bytes);
    }

    /**
     * Saves {@code host}'s database atomically, unless it is exactly what was loaded from this file; an I/O
     * failure only loses the cache, so it is reported.
     */
    public void save(AnalysisHost host) throws IOException {
        if (!host.cacheOutdated() && Files.isRegularFile(file)) {
            return;
        }
        byte[] bytes = host.saveCache(schema);
        Path directory = file.getParent();
        Files.createDirectories(directory);
        // Per process, so two concurrent checks never write the same temporary file; default permissions.
        Path temporary = directory.resolve("db.bin." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
