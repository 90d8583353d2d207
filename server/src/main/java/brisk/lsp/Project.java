package brisk.lsp;

import brisk.host.AnalysisHost;
import brisk.workspace.LoadedWorkspace;
import brisk.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One loaded workspace (a Cargo workspace or a lone {@code .rs} file) and the {@link AnalysisHost}
 * holding its query database. Inputs are written only on the protocol thread (see {@link Session});
 * readers open snapshots of {@link #host()} on worker threads.
 */
final class Project {
    private final Path loadPath;
    private final AnalysisHost host = new AnalysisHost();
    private volatile LoadedWorkspace.Loaded workspace;

    private Project(Path loadPath) {
        this.loadPath = loadPath;
    }

    /**
     * Loads the workspace at {@code path} (a folder with Cargo.toml, or a {@code .rs} file), with the
     * texts of open buffers (by absolute path) instead of the disk's; null if it names no workspace.
     */
    static Project load(Path path, Map<Path, String> openTexts) {
        var project = new Project(path);
        return project.reload(openTexts) ? project : null;
    }

    /**
     * Reads the workspace from disk again (files appeared or vanished, a manifest changed). The
     * texts of open buffers, by absolute path, win over the disk. False if it no longer loads.
     */
    boolean reload(Map<Path, String> openTexts) {
        if (!(WorkspaceLoader.load(loadPath) instanceof LoadedWorkspace.Loaded loaded)) {
            return false;
        }
        var overlays = new TreeMap<String, String>();
        for (var entry : openTexts.entrySet()) {
            String rel = relative(loaded.root(), entry.getKey());
            if (rel != null) {
                overlays.put(rel, entry.getValue());
            }
        }
        workspace = loaded;
        setInputs(loaded, overlays);
        return true;
    }

    private void setInputs(LoadedWorkspace.Loaded loaded, Map<String, String> overlays) {
        var files = new TreeMap<>(loaded.files());
        for (var entry : overlays.entrySet()) {
            if (files.containsKey(entry.getKey())) {
                files.put(entry.getKey(), entry.getValue());
            }
        }
        host.load(loaded.graph(), files);
    }

    AnalysisHost host() {
        return host;
    }

    LoadedWorkspace.Loaded workspace() {
        return workspace;
    }

    Path root() {
        return workspace.root();
    }

    /** Whether this project was loaded from a lone {@code .rs} file. */
    boolean isLoneFile() {
        return loadPath.getFileName() != null && loadPath.getFileName().toString().endsWith(".rs");
    }

    /** The workspace-relative path of {@code file} if it is one of this project's source files, else null. */
    String sourcePath(Path file) {
        String rel = relative(root(), file);
        return rel != null && host.files().id(rel) != null ? rel : null;
    }

    /**
     * Whether {@code file} lies under this project's root directory (whether or not it is a source
     * file), outside cargo's {@code target/} (build output, and brisk's copies of std).
     */
    boolean contains(Path file) {
        return !isLoneFile() && file.startsWith(root()) && !file.startsWith(root().resolve("target"));
    }

    /** Sets a file's text from the disk (after a change on disk, or when its buffer closes). */
    void reread(String rel) {
        try {
            byte[] bytes = Files.readAllBytes(root().resolve(rel));
            // Malformed UTF-8 becomes U+FFFD, as the workspace loader reads it.
            host.setFileText(rel, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            host.setFileText(rel, "");
        }
    }

    private static String relative(Path root, Path file) {
        if (!file.startsWith(root)) {
            return null;
        }
        String rel = root.relativize(file).toString();
        return java.io.File.separatorChar == '/' ? rel : rel.replace(java.io.File.separatorChar, '/');
    }
}
