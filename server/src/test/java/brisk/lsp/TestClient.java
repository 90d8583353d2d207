package brisk.lsp;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An in-process LSP client for tests: the real server behind LSP4J's launchers over NIO pipes (not
 * {@code PipedInputStream}, which fails when the thread that last wrote has ended), recording every
 * notification the server sends.
 */
final class TestClient implements LanguageClient, AutoCloseable {
    /** The server as the client sees it: LSP plus brisk's own requests. */
    interface Server extends LanguageServer, BriskProtocol {}

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final BriskLanguageServer server = new BriskLanguageServer();
    final Server remote;
    final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    private final Pipe toServer = Pipe.open();
    private final Pipe toClient = Pipe.open();

    TestClient() throws IOException {
        var serverLauncher = LSPLauncher.createServerLauncher(server, Channels.newInputStream(toServer.source()),
                Channels.newOutputStream(toClient.sink()));
        server.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();
        var clientLauncher = new LSPLauncher.Builder<Server>().setLocalService(this).setRemoteInterface(Server.class)
                .setInput(Channels.newInputStream(toClient.source())).setOutput(Channels.newOutputStream(toServer.sink()))
                .create();
        remote = clientLauncher.getRemoteProxy();
        clientLauncher.startListening();
    }

    /** Copies a fixture workspace from the test resources to {@code dir}. */
    static Path copyFixture(String name, Path dir) throws IOException {
        Path source = Path.of("src/test/resources/lsp", name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return dir;
    }

    void initialize(Path root) throws Exception {
        var params = new InitializeParams();
        params.setRootUri(root == null ? null : root.toUri().toString());
        var capabilities = new ClientCapabilities();
        var window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        params.setCapabilities(capabilities);
        remote.initialize(params).get();
        remote.initialized(new InitializedParams());
    }

    String open(Path file) throws IOException {
        return open(file, Files.readString(file));
    }

    String open(Path file, String text) {
        String uri = file.toUri().toString();
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "rust", 1, text)));
        return uri;
    }

    /** Waits for a publication for {@code uri} matching {@code test}, among those sent after {@code since} earlier ones. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, int since, Predicate<PublishDiagnosticsParams> test)
            throws InterruptedException {
        return awaitDiagnostics(uri, since, test, TIMEOUT);
    }

    PublishDiagnosticsParams awaitDiagnostics(String uri, int since, Predicate<PublishDiagnosticsParams> test,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var all = new ArrayList<>(published);
            for (int i = since; i < all.size(); i++) {
                if (all.get(i).getUri().equals(uri) && test.test(all.get(i))) {
                    return all.get(i);
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no matching diagnostics for " + uri + "; published: " + published);
    }

    /**
     * Waits until the server has handled every message sent so far (a request round trip: messages
     * are handled in order) and the analyses they scheduled have run.
     */
    void awaitIdle() throws Exception {
        remote.getTextDocumentService().documentSymbol(new org.eclipse.lsp4j.DocumentSymbolParams(
                new org.eclipse.lsp4j.TextDocumentIdentifier("untitled:sync"))).get();
        server.session().diagnostics().awaitIdle();
    }

    /** Polls until {@code condition} holds (notifications arrive asynchronously). */
    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws Exception {
        if (!server.exitCode().isDone()) {
            remote.shutdown().get();
            remote.exit();
        }
        server.exitCode().get();
        toServer.sink().close();
        toClient.sink().close();
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams message) {
        logs.add(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        logs.add(message);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }
}
