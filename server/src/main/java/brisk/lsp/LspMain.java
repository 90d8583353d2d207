package brisk.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.launch.LSPLauncher;

/** Serves LSP over a pair of streams (stdio for {@code brisk lsp}) until the client exits or hangs up. */
public final class LspMain {
    private LspMain() {}

    /** Blocks until {@code exit} or the end of {@code in}; returns the exit code the protocol asks for. */
    public static int serve(InputStream in, OutputStream out) {
        var server = new BriskLanguageServer();
        var launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        var listening = launcher.startListening();
        var watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
                // The connection is gone either way.
            }
            server.connectionClosed();
        }, "brisk-lsp-connection");
        watcher.setDaemon(true);
        watcher.start();
        int code = server.exitCode().join();
        listening.cancel(true);
        return code;
    }
}
