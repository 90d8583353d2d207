package brisk.lsp;

import brisk.cli.Version;
import brisk.items.ItemQueries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The LSP entry points: lifecycle and capabilities; the work is in the two services and {@link Session}. */
public final class BriskLanguageServer implements LanguageServer, LanguageClientAware, BriskProtocol {
    private final Session session = new Session();
    private final Requests requests = new Requests(session);
    private final BriskTextDocumentService documents = new BriskTextDocumentService(session, requests);
    private final BriskWorkspaceService workspace = new BriskWorkspaceService(session, requests);
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile boolean shutdownRequested;
    private volatile boolean watchRegistration;

    @Override
    public void connect(LanguageClient client) {
        session.connect(client);
    }

    /**
     * Loads the workspace of the root folder now (on the protocol thread, the database's writer);
     * the first analysis starts once the client says it is initialized.
     */
    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        try {
            var capabilities = params.getCapabilities();
            session.setClientSupportsProgress(capabilities != null && capabilities.getWindow() != null
                    && Boolean.TRUE.equals(capabilities.getWindow().getWorkDoneProgress()));
            watchRegistration = capabilities != null && capabilities.getWorkspace() != null
                    && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
                    && Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
            session.openRoot(root(params));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            session.log(org.eclipse.lsp4j.MessageType.Error, "brisk: loading the workspace failed: "
                    + Requests.describe(e));
        }
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo("brisk",
                Version.current())));
    }

    @SuppressWarnings("deprecation")
    private static Path root(InitializeParams params) {
        if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
            return Session.toPath(params.getWorkspaceFolders().getFirst().getUri());
        }
        if (params.getRootUri() != null) {
            return Session.toPath(params.getRootUri());
        }
        return params.getRootPath() == null ? null : Path.of(params.getRootPath()).toAbsolutePath().normalize();
    }

    private static ServerCapabilities capabilities() {
        var caps = new ServerCapabilities();
        caps.setPositionEncoding("utf-16");
        var sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setHoverProvider(true);
        caps.setDefinitionProvider(true);
        caps.setDocumentSymbolProvider(true);
        caps.setCodeLensProvider(new CodeLensOptions(false));
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeLenses.RUN, CodeLenses.RUN_TEST)));
        var diagnostics = new DiagnosticRegistrationOptions(true, true);
        diagnostics.setIdentifier("brisk");
        caps.setDiagnosticProvider(diagnostics);
        return caps;
    }

    @Override
    public void initialized(InitializedParams params) {
        requests.notification("initialized", () -> {
            if (watchRegistration) {
                var watchers = List.of(new FileSystemWatcher(Either.forLeft("**/*.rs")),
                        new FileSystemWatcher(Either.forLeft("**/Cargo.toml")));
                session.client().registerCapability(new RegistrationParams(List.of(new Registration("brisk-watch",
                        "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
            }
            session.diagnostics().changed();
        });
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        session.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    /** Completes {@link #exitCode()}: 0 after a shutdown request, 1 without one, as the protocol says. */
    @Override
    public void exit() {
        session.shutdown();
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    /** Completes when the client sends {@code exit} (or the connection ends: see {@link LspMain}). */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    void connectionClosed() {
        session.shutdown();
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    @Override
    public CompletableFuture<List<TestInfo>> listTests(Object params) {
        return requests.run("brisk/listTests", cancel -> {
            var out = new ArrayList<TestInfo>();
            for (var project : session.projects()) {
                try (var view = new ProjectView(project)) {
                    view.cancelWith(cancel);
                    for (var test : TestCatalog.all(view)) {
                        var path = view.path(test.loc().file());
                        if (path == null) {
                            continue;
                        }
                        var node = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, test.loc().file()).node(test.loc().index());
                        out.add(new TestInfo(session.uri(path), view.lines(test.loc().file()).range(node.textRange()),
                                test.testPath(), test.name(), test.crate().packageName(), test.crate().name()));
                    }
                }
            }
            out.sort(Comparator.comparing(TestInfo::uri).thenComparing(t -> t.range().getStart().getLine()));
            return out;
        });
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** For tests in this package: the state behind the protocol. */
    Session session() {
        return session;
    }
}
