package brisk.lsp;

import brisk.base.FileId;
import brisk.db.Cancelled;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Diagnostics as you type. Every input change bumps a generation and (re)schedules one analysis on a
 * single thread after a short debounce. The analysis checks every project and publishes, per file,
 * only what changed since the last publication (an empty list clears a file).
 *
 * <p>Why stale results never win: the write that made them stale cancels the running analysis (the
 * database throws {@link Cancelled} inside it; it is dropped); an analysis that finished just before
 * a write sees a newer generation and publishes nothing; and analyses run one at a time in schedule
 * order, so a later one always reads a newer revision than an earlier one.
 */
final class DiagnosticsPublisher {
    static final long DEBOUNCE_MILLIS = 50;
    private static final String PROGRESS_TOKEN = "brisk/analysis";

    private final Session session;
    private final ScheduledExecutorService thread;
    private final AtomicLong generation = new AtomicLong();
    /** Last published diagnostics per URI; touched only on the analysis thread. */
    private final Map<String, List<Diagnostic>> published = new HashMap<>();
    private ScheduledFuture<?> pending;
    private boolean reportedFirstAnalysis;

    DiagnosticsPublisher(Session session, ThreadFactory threads) {
        this.session = session;
        var executor = new ScheduledThreadPoolExecutor(1, threads);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.thread = executor;
    }

    /** Inputs changed: analyse again after the debounce, replacing an analysis not yet started. */
    synchronized void changed() {
        long g = generation.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        pending = thread.schedule(() -> analyse(g), DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A project went away: clear what was published for files no project has any more. */
    void forgetRemovedProjects() {
        thread.execute(() -> {
            for (var uri : new ArrayList<>(published.keySet())) {
                Path path = Session.toPath(uri);
                if (path != null && session.projectFor(path) == null) {
                    publish(uri, List.of(), null);
                }
            }
        });
    }

    /** Waits until every analysis scheduled so far has run (tests use this to synchronize). */
    void awaitIdle() throws InterruptedException, ExecutionException, TimeoutException {
        thread.schedule(() -> { }, DEBOUNCE_MILLIS + 1, TimeUnit.MILLISECONDS).get(60, TimeUnit.SECONDS);
    }

    private void analyse(long g) {
        if (g != generation.get()) {
            return;
        }
        var progress = reportedFirstAnalysis ? null : beginProgress();
        reportedFirstAnalysis = true;
        var next = new HashMap<String, List<Diagnostic>>();
        var versions = new HashMap<String, Integer>();
        try {
            for (var project : session.projects()) {
                analyse(project, progress, next, versions);
            }
        } catch (Cancelled cancelled) {
            endProgress(progress, "cancelled by an edit");
            return;
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            endProgress(progress, "failed");
            session.log(MessageType.Error, "brisk: diagnostics failed: " + Requests.describe(e));
            return;
        }
        endProgress(progress, null);
        if (g != generation.get()) {
            return;
        }
        for (var uri : new ArrayList<>(published.keySet())) {
            if (!next.containsKey(uri)) {
                publish(uri, List.of(), null);
            }
        }
        next.forEach((uri, diagnostics) -> {
            var old = published.get(uri);
            if (!Objects.equals(old, diagnostics) && !(old == null && diagnostics.isEmpty())) {
                publish(uri, diagnostics, versions.get(uri));
            }
        });
    }

    private void analyse(Project project, String progress, Map<String, List<Diagnostic>> out,
            Map<String, Integer> versions) {
        try (var view = new ProjectView(project)) {
            int crates = Math.max(1, view.crates().size());
            var byFile = ProjectDiagnostics.compute(view, done ->
                    reportProgress(progress, done * 100 / crates));
            var converter = new DiagnosticConverter(view::lines, f -> uriOf(view, f));
            for (var entry : byFile.entrySet()) {
                Path path = view.path(entry.getKey());
                if (path == null) {
                    continue;
                }
                String uri = session.uri(path);
                var list = new ArrayList<Diagnostic>();
                for (var d : entry.getValue()) {
                    list.add(converter.convert(d));
                }
                out.put(uri, list);
                var document = session.document(uri);
                if (document != null && document.text().equals(view.text(entry.getKey()))) {
                    versions.put(uri, document.version());
                }
            }
        }
    }

    private String uriOf(ProjectView view, FileId file) {
        Path path = view.path(file);
        return path == null ? null : session.uri(path);
    }

    private void publish(String uri, List<Diagnostic> diagnostics, Integer version) {
        if (diagnostics.isEmpty()) {
            published.remove(uri);
        } else {
            published.put(uri, diagnostics);
        }
        var client = session.client();
        if (client != null) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
        }
    }

    /** {@code $/progress} for the first analysis, when the client supports server-initiated progress. */
    private String beginProgress() {
        var client = session.client();
        if (client == null || !session.clientSupportsProgress()) {
            return null;
        }
        try {
            client.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(PROGRESS_TOKEN)))
                    .get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
        var begin = new WorkDoneProgressBegin();
        begin.setTitle("brisk");
        begin.setMessage("analysing the workspace");
        begin.setPercentage(0);
        begin.setCancellable(false);
        client.notifyProgress(new ProgressParams(Either.forLeft(PROGRESS_TOKEN), Either.forLeft(begin)));
        return PROGRESS_TOKEN;
    }

    private void reportProgress(String token, int percentage) {
        if (token == null) {
            return;
        }
        var report = new WorkDoneProgressReport();
        report.setPercentage(Math.min(100, percentage));
        session.client().notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(report)));
    }

    private void endProgress(String token, String problem) {
        if (token == null) {
            return;
        }
        var end = new WorkDoneProgressEnd();
        end.setMessage(problem == null ? "analysis done" : "analysis " + problem);
        session.client().notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(end)));
    }

    /** Drops analyses not yet started; one running finishes (see {@link Session#shutdown}). */
    void shutdown() {
        thread.shutdown();
    }
}
