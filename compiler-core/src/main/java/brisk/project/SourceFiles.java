package brisk.project;

import brisk.base.FileId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The set of source files: workspace-relative paths ('/'-separated) and their ids, both ways.
 * Module resolution ({@code mod x;} → {@code x.rs} or {@code x/mod.rs}) asks it which files exist.
 */
public record SourceFiles(List<String> paths, Map<String, FileId> ids) {
    public SourceFiles {
        paths = List.copyOf(paths);
        ids = Collections.unmodifiableMap(new TreeMap<>(ids));
    }

    /** Assigns ids in the order of {@code paths}. */
    public static SourceFiles of(List<String> paths) {
        var ids = new TreeMap<String, FileId>();
        for (int i = 0; i < paths.size(); i++) {
            ids.put(paths.get(i), new FileId(i));
        }
        return new SourceFiles(paths, ids);
    }

    public FileId id(String path) {
        return ids.get(path);
    }

    public String path(FileId file) {
        return paths.get(file.index());
    }

    public int size() {
        return paths.size();
    }
}
