package brisk.lsp;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's state: the loaded projects, the open buffers and the threads.
 *
 * <p>Threading: every notification that changes inputs runs on LSP4J's protocol thread, which is
 * the only writer of every project's database and never holds a snapshot, so a write cannot
 * deadlock: it cancels running readers (they throw {@code Cancelled}) and waits for their snapshots
 * to close. Requests run on {@link #requestPool()} threads, each with its own snapshot; diagnostics
 * on the single analysis thread of {@link DiagnosticsPublisher}; the run commands on request
 * threads too, their programs in child JVMs ({@link ProgramRunner}). Threads get large stacks because
 * the parser and resolver recurse over deeply nested input.
 */
final class Session {
    private static final long STACK_SIZE = 256L << 20;

    private final List<Project> projects = new CopyOnWriteArrayList<>();
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final ExecutorService requestPool = Executors.newCachedThreadPool(threads("brisk-request"));
    private final DiagnosticsPublisher diagnostics = new DiagnosticsPublisher(this, threads("brisk-analysis"));
    private final ProgramRunner runner = new ProgramRunner(this);
    private volatile LanguageClient client;
    private volatile boolean clientSupportsProgress;

    void connect(LanguageClient client) {
        this.client = client;
    }

    LanguageClient client() {
        return client;
    }

    void setClientSupportsProgress(boolean supported) {
        clientSupportsProgress = supported;
    }

    boolean clientSupportsProgress() {
        return clientSupportsProgress;
    }

    ExecutorService requestPool() {
        return requestPool;
    }

    DiagnosticsPublisher diagnostics() {
        return diagnostics;
    }

    ProgramRunner runner() {
        return runner;
    }

    List<Project> projects() {
        return projects;
    }

    /** Loads the workspace folder the client opened; a folder without Cargo.toml loads nothing (files open alone). */
    void openRoot(Path root) {
        if (root != null && Files.isDirectory(root) && Files.isRegularFile(root.resolve("Cargo.toml"))) {
            var project = Project.load(root, Map.of());
            if (project != null) {
                projects.add(project);
                for (var d : project.workspace().diagnostics()) {
                    if (d.primary() == null) {
                        log(MessageType.Warning, d.severity().rustcName() + ": " + d.message());
                    }
                }
            } else {
                log(MessageType.Warning, "brisk: could not load the workspace at " + root);
            }
        }
        diagnostics.changed();
    }

    // ---- input changes; all on the protocol thread ----

    void didOpen(String uri, int version, String text) {
        var document = new OpenDocument(uri, toPath(uri), version, text);
        documents.put(uri, document);
        if (document.path() == null) {
            return;
        }
        Project project = projectFor(document.path());
        if (project == null) {
            project = adopt(document.path());
        }
        if (project != null) {
            project.host().setFileText(project.sourcePath(document.path()), text);
        }
        diagnostics.changed();
    }

    void didChange(String uri, int version, List<org.eclipse.lsp4j.TextDocumentContentChangeEvent> changes) {
        var document = documents.get(uri);
        if (document == null) {
            log(MessageType.Warning, "brisk: change to a document that is not open: " + uri);
            return;
        }
        document = document.apply(version, changes);
        documents.put(uri, document);
        setText(document.path(), document.text());
    }

    void didSave(String uri, String text) {
        var document = documents.get(uri);
        if (document != null && text != null && !text.equals(document.text())) {
            documents.put(uri, new OpenDocument(uri, document.path(), document.version(), text));
            setText(document.path(), text);
        }
    }

    /** The disk's text is the input again once a buffer closes. */
    void didClose(String uri) {
        var document = documents.remove(uri);
        if (document == null || document.path() == null) {
            return;
        }
        Project project = projectFor(document.path());
        if (project != null) {
            project.reread(project.sourcePath(document.path()));
            diagnostics.changed();
        }
    }

    /**
     * Files changed on disk. A changed source file that is not open is read again; a created or
     * deleted file, or a changed manifest, reloads the project's file set and crate graph.
     */
    void filesChanged(List<Path> changed, List<Path> createdOrDeleted) {
        var reload = new java.util.LinkedHashSet<Project>();
        for (Path path : changed) {
            if (path.getFileName() != null && path.getFileName().toString().equals("Cargo.toml")) {
                projects.stream().filter(p -> p.contains(path)).forEach(reload::add);
                continue;
            }
            Project project = projectFor(path);
            if (project != null && openDocument(path) == null) {
                project.reread(project.sourcePath(path));
            }
        }
        for (Path path : createdOrDeleted) {
            for (var project : projects) {
                if (project.contains(path) || project.sourcePath(path) != null) {
                    reload.add(project);
                }
            }
        }
        for (var project : reload) {
            if (!project.reload(openTexts())) {
                projects.remove(project);
                diagnostics.forgetRemovedProjects();
            }
        }
        diagnostics.changed();
    }

    private void setText(Path path, String text) {
        Project project = path == null ? null : projectFor(path);
        if (project != null) {
            project.host().setFileText(project.sourcePath(path), text);
            diagnostics.changed();
        }
    }

    /**
     * A file opened that no project knows: a new file under a loaded workspace (reload its file set),
     * a file of the nearest package above it (the editor opened a folder without Cargo.toml), or
     * else a {@code .rs} file analysed alone, as cargo-script would.
     */
    private Project adopt(Path file) {
        if (!file.toString().endsWith(".rs")) {
            return null;
        }
        for (var project : projects) {
            if (project.contains(file)) {
                project.reload(openTexts());
                return project.sourcePath(file) != null ? project : null;
            }
        }
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("Cargo.toml"))) {
                var project = Project.load(dir, openTexts());
                if (project != null && project.sourcePath(file) != null) {
                    projects.add(project);
                    return project;
                }
                break;
            }
        }
        if (Files.isRegularFile(file)) {
            var project = Project.load(file, openTexts());
            if (project != null && project.sourcePath(file) != null) {
                projects.add(project);
                return project;
            }
        }
        return null;
    }

    // ---- lookups; any thread ----

    /** The project that has {@code file} as a source file, or null. */
    Project projectFor(Path file) {
        for (var project : projects) {
            if (project.sourcePath(file) != null) {
                return project;
            }
        }
        return null;
    }

    OpenDocument document(String uri) {
        return documents.get(uri);
    }

    OpenDocument openDocument(Path path) {
        for (var document : documents.values()) {
            if (path.equals(document.path())) {
                return document;
            }
        }
        return null;
    }

    /** The URI to report for a file: the open buffer's spelling if there is one. */
    String uri(Path path) {
        var document = openDocument(path);
        return document != null ? document.uri() : path.toUri().toString();
    }

    private Map<Path, String> openTexts() {
        var texts = new HashMap<Path, String>();
        for (var document : documents.values()) {
            if (document.path() != null) {
                texts.put(document.path(), document.text());
            }
        }
        return texts;
    }

    /** The absolute, normalized path of a {@code file:} URI; null for other schemes or malformed URIs. */
    static Path toPath(String uri) {
        try {
            var parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return null;
            }
            return Path.of(parsed).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    void log(MessageType type, String message) {
        var c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, message));
        } else {
            System.err.println(message);
        }
    }

    /**
     * Stops taking work. Not {@code shutdownNow}: interrupting a thread that is writing a response
     * would break the connection (an interrupted NIO channel closes) before {@code exit} arrives.
     */
    void shutdown() {
        runner.shutdown();
        diagnostics.shutdown();
        requestPool.shutdown();
    }

    private static ThreadFactory threads(String name) {
        var count = new AtomicInteger();
        return r -> {
            var thread = new Thread(null, r, name + "-" + count.incrementAndGet(), STACK_SIZE);
            thread.setDaemon(true);
            return thread;
        };
    }
}
