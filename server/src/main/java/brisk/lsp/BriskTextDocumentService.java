package brisk.lsp;

import brisk.base.FileId;
import brisk.db.Cancelled;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: buffer sync (notifications, on the protocol thread, write the inputs) and
 * the read-only requests (on the request pool, each on its own snapshot).
 */
final class BriskTextDocumentService implements TextDocumentService {
    private final Session session;
    private final Requests requests;

    BriskTextDocumentService(Session session, Requests requests) {
        this.session = session;
        this.requests = requests;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var doc = params.getTextDocument();
        requests.notification("didOpen", () -> session.didOpen(doc.getUri(), doc.getVersion(), doc.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var doc = params.getTextDocument();
        requests.notification("didChange",
                () -> session.didChange(doc.getUri(), doc.getVersion(), params.getContentChanges()));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        requests.notification("didClose", () -> session.didClose(params.getTextDocument().getUri()));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        requests.notification("didSave", () -> session.didSave(params.getTextDocument().getUri(), params.getText()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        var position = params.getPosition();
        return onFile("hover", params.getTextDocument().getUri(), null, (view, file) -> {
            var target = new Navigator(view).at(file, view.lines(file).byteOffset(position));
            var sites = new TargetSites(view);
            String text = target == null ? null : sites.hover(target);
            if (text == null) {
                return null;
            }
            String docs = sites.docs(target);
            String container = sites.container(target);
            var hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN,
                    (container == null ? "" : "```rust\n" + container + "\n```\n\n")
                            + "```rust\n" + text + "\n```" + (docs.isEmpty() ? "" : "\n\n---\n\n" + docs)));
            hover.setRange(view.lines(file).range(target.origin()));
            return hover;
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        Position position = params.getPosition();
        Either<List<? extends Location>, List<? extends LocationLink>> none = Either.forLeft(List.of());
        return onFile("definition", params.getTextDocument().getUri(), none, (view, file) -> {
            var target = new Navigator(view).at(file, view.lines(file).byteOffset(position));
            var site = target == null ? null : new TargetSites(view).site(target);
            var path = site == null ? null : view.path(site.file());
            if (site != null && path == null) {
                path = StdSources.materialize(view.project, view.files.path(site.file()), view.text(site.file()));
            }
            if (path == null) {
                return none;
            }
            var lines = view.lines(site.file());
            var link = new LocationLink(session.uri(path), lines.range(site.full()), lines.range(site.name()),
                    view.lines(file).range(target.origin()));
            return Either.forRight(List.of(link));
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return onFile("documentSymbol", params.getTextDocument().getUri(), List.of(), (view, file) ->
                new DocumentSymbols(view, file).symbols().stream()
                        .map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        String uri = params.getTextDocument().getUri();
        return onFile("codeLens", uri, List.of(), (view, file) -> CodeLenses.of(view, file, uri));
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        String uri = params.getTextDocument().getUri();
        var empty = new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of()));
        return onFile("diagnostic", uri, empty, (view, file) -> {
            var all = ProjectDiagnostics.compute(view, done -> { });
            var converter = new DiagnosticConverter(view::lines, f -> {
                var path = view.path(f);
                return path == null ? null : session.uri(path);
            });
            var items = all.getOrDefault(file, List.of()).stream().map(converter::convert).toList();
            return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(items));
        });
    }

    /**
     * Runs {@code handler} on a snapshot of the project holding {@code uri}; answers {@code empty} for
     * a URI no project knows. The buffer's text is captured now, on the protocol thread: if the
     * snapshot holds another text (an edit came in between), positions would be misread, so the
     * request is answered ContentModified instead.
     */
    private <R> CompletableFuture<R> onFile(String method, String uri, R empty,
            BiFunction<ProjectView, FileId, R> handler) {
        var path = Session.toPath(uri);
        var document = session.document(uri);
        String expected = document == null ? null : document.text();
        return requests.run(method, cancel -> {
            var project = path == null ? null : session.projectFor(path);
            if (project == null) {
                return empty;
            }
            try (var view = new ProjectView(project)) {
                var file = view.fileId(path);
                if (file == null) {
                    return empty;
                }
                if (expected != null && !expected.equals(view.text(file))) {
                    throw new Cancelled();
                }
                view.cancelWith(cancel);
                view.checkCanceled();
                return handler.apply(view, file);
            }
        });
    }
}
