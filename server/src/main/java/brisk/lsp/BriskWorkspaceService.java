package brisk.lsp;

import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
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
     * The lenses' commands, {@code brisk.run [uri]} and {@code brisk.runTest [uri, testPath]}: run off
     * the analysis thread (on a request thread, the program in a child JVM), answered with
     * {@code {passed, output, durationMs}} and summed up in a {@code window/showMessage}.
     */
    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        String command = params.getCommand();
        List<Object> args = params.getArguments() == null ? List.of() : params.getArguments();
        return requests.run("executeCommand " + command, cancel -> {
            var runner = session.runner();
            ProgramRunner.RunResult result;
            String what;
            if (CodeLenses.RUN.equals(command)) {
                String uri = stringArg(args, 0, command);
                what = "`" + uri.substring(uri.lastIndexOf('/') + 1) + "`";
                result = runner.run(uri, cancel);
            } else if (CodeLenses.RUN_TEST.equals(command)) {
                String uri = stringArg(args, 0, command);
                what = "test `" + stringArg(args, 1, command) + "`";
                result = runner.runTest(uri, stringArg(args, 1, command), cancel);
            } else {
                throw ProgramRunner.invalidParams("unknown command `" + command + "`");
            }
            String verdict = result.passed() ? CodeLenses.RUN.equals(command) ? " finished" : " passed" : " failed";
            session.client().showMessage(new MessageParams(result.passed() ? MessageType.Info : MessageType.Error,
                    "brisk: " + what + verdict + " in " + result.durationMs() + " ms"));
            return result;
        });
    }

    /** Argument {@code index} of a command as a string (LSP4J hands them over as JSON elements). */
    private static String stringArg(List<Object> args, int index, String command) {
        Object arg = index < args.size() ? args.get(index) : null;
        if (arg instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        if (arg instanceof String s) {
            return s;
        }
        throw ProgramRunner.invalidParams("`" + command + "` expects a string as argument " + (index + 1) + ", got "
                + arg);
    }
}
