package brisk.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code workspace/*}: files changed on disk, workspace-wide pull diagnostics, and the run commands. */
final class BriskWorkspaceService implements WorkspaceService {
    private final Session session;
    private final Requests requests;

    BriskWorkspaceService(Session session, Requests requests) {
        this.session = session;
        this.requests = requests;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // brisk has no settings yet.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        requests.notification("didChangeWatchedFiles", () -> {
            var changed = new ArrayList<Path>();
            var createdOrDeleted = new ArrayList<Path>();
            for (var event : params.getChanges()) {
                var path = Session.toPath(event.getUri());
                if (path != null) {
                    (event.getType() == FileChangeType.Changed ? changed : createdOrDeleted).add(path);
                }
            }
            session.filesChanged(changed, createdOrDeleted);
        });
    }

    @Override
    public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
        return requests.run("workspace/diagnostic", cancel -> {
            var items = new ArrayList<WorkspaceDocumentDiagnosticReport>();
            for (var project : session.projects()) {
                try (var view = new ProjectView(project)) {
                    view.cancelWith(cancel);
                    var converter = new DiagnosticConverter(view::lines, f -> {
                        var path = view.path(f);
                        return path == null ? null : session.uri(path);
                    });
                    ProjectDiagnostics.compute(view, done -> { }).forEach((file, diagnostics) -> {
                        var path = view.path(file);
                        if (path != null) {
                            String uri = session.uri(path);
                            var document = session.document(uri);
                            Integer version = document != null && document.text().equals(view.text(file))
                                    ? document.version() : null;
                            items.add(new WorkspaceDocumentDiagnosticReport(new WorkspaceFullDocumentDiagnosticReport(
                                    diagnostics.stream().map(converter::convert).toList(), uri, version)));
                        }
                    });
                }
            }
            return new WorkspaceDiagnosticReport(items);
        });
    }

    /**
     * The run lenses' commands: the server does not run programs yet (the CLI does, through
     * brisk.build); say so rather than pretend.
     */
    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        String command = params.getCommand();
        ResponseError error = List.of(CodeLenses.RUN, CodeLenses.RUN_TEST).contains(command)
                ? new ResponseError(ResponseErrorCode.RequestFailed, "`" + command + "` is not available yet: the "
                        + "language server does not run programs yet; run `brisk run` or `brisk test` in a terminal",
                        null)
                : new ResponseError(ResponseErrorCode.InvalidParams, "unknown command `" + command + "`", null);
        return CompletableFuture.failedFuture(new ResponseErrorException(error));
    }
}
