package brisk.daemon;

import brisk.build.WarmTestHost;
import brisk.cache.QueryCache;
import brisk.host.AnalysisHost;
import brisk.runtime.host.FrameOutputStream;
import brisk.host.CommandContext;
import brisk.workspace.LoadedWorkspace;
import brisk.workspace.WorkspaceLoader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace's daemon: one process keeping its query databases (and the JIT) warm between commands, so a
 * command from a fresh client process costs a socket round trip plus the work its edits need. Requests are
 * served one at a time; during one, {@code System.out}/{@code System.err} are the client's. Ten seconds
 * without requests save the databases to the cache file, so one-shot commands stay warm as well.
 */
public final class DaemonServer {
    /** Runs one command line against a context; the CLI's entry point. */
    public interface Dispatcher {
        int run(CommandContext context, Path cwd, String... args);
    }

    private static final long TICK_MILLIS = 5_000;
    private static final long REQUEST_TIMEOUT_MILLIS = 10_000;
    /** Saving a large database takes a while and holds up a command arriving meanwhile: wait for a pause. */
    private static final long SAVE_DELAY_MILLIS = 10_000;

    private final Path root;
    private final String version;
    private final Dispatcher dispatcher;
    private final Map<Path, AnalysisHost> hosts = new LinkedHashMap<>();
    private final Map<Path, WarmTestHost> testHosts = new LinkedHashMap<>();
    private final DaemonFile file;
    private final Path filePath;

    private DaemonServer(Path root, String version, Dispatcher dispatcher, DaemonFile file) {
        this.root = root;
        this.version = version;
        this.dispatcher = dispatcher;
        this.file = file;
        this.filePath = DaemonFile.at(root);
    }

    /**
     * Serves the workspace at {@code path} until {@code idleMinutes} pass without a request, its daemon
     * file disappears or another brisk build asks. Returns the exit status.
     */
    public static int serve(Path path, String version, int idleMinutes, Dispatcher dispatcher) throws IOException {
        if (!(WorkspaceLoader.load(path) instanceof LoadedWorkspace.Loaded loaded)) {
            System.err.println("error: `" + path + "` is not a Cargo workspace, package or .rs file");
            return 2;
        }
        Path root = loaded.root();
        var existing = DaemonFile.read(DaemonFile.at(root));
        if (existing != null && existing.pid() != ProcessHandle.current().pid() && existing.processAlive()) {
            return 0; // Another daemon serves this workspace already.
        }
        try (var socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            var file = new DaemonFile(socket.getLocalPort(), HexFormat.of().formatHex(secret),
                    ProcessHandle.current().pid(), version);
            var server = new DaemonServer(root, version, dispatcher, file);
            server.warmUp();
            if (!Files.isDirectory(root)) {
                return 0; // The workspace was deleted while warming up (a temporary one): nothing to serve.
            }
            file.write(server.filePath);
            try {
                server.loop(socket, idleMinutes * 60_000L);
            } finally {
                server.testHosts.values().forEach(WarmTestHost::close);
                server.removeFileIfOurs();
            }
        }
        return 0;
    }

    /**
     * Checks and builds the workspace (binaries and test harnesses, running nothing) before announcing
     * itself, so the first client finds every query and the JIT warm.
     */
    private void warmUp() {
        var sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        var context = new DaemonContext(hosts, testHosts, version, null, false);
        withOutput(sink, sink, () -> {
            dispatcher.run(context, root, "check", root.toString(), "--tests");
            dispatcher.run(context, root, "build", root.toString());
            dispatcher.run(context, root, "test", root.toString(), "--no-run");
        });
        saveAll();
    }

    private void loop(ServerSocket socket, long idleMillis) throws IOException {
        long lastRequest = System.currentTimeMillis();
        boolean unsaved = false;
        while (true) {
            // Saving waits for a quiet moment, so a command following another is not held up by it.
            socket.setSoTimeout((int) (unsaved ? SAVE_DELAY_MILLIS : TICK_MILLIS));
            Socket client;
            try {
                client = socket.accept();
            } catch (SocketTimeoutException e) {
                if (unsaved) {
                    saveAll();
                    unsaved = false;
                } else if (System.currentTimeMillis() - lastRequest > idleMillis || !stillOurs()) {
                    return;
                }
                continue;
            }
            lastRequest = System.currentTimeMillis();
            boolean keepServing;
            try (client) {
                keepServing = serveOne(client);
            } catch (IOException e) {
                keepServing = true; // The client went away mid-request; its next command retries.
            }
            unsaved = true;
            if (!keepServing || !stillOurs()) {
                saveAll();
                return;
            }
        }
    }

    /** Serves one request; false when the daemon should stop (asked to, or another brisk build is in use). */
    private boolean serveOne(Socket client) throws IOException {
        // A client that connects and never sends its request must not hold the daemon: bounded wait for it.
        client.setSoTimeout((int) REQUEST_TIMEOUT_MILLIS);
        var in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
        var out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
        if (!Protocol.MAGIC.equals(in.readUTF()) || !file.token().equals(in.readUTF())) {
            return true; // Not our client: ignore it.
        }
        String clientVersion = in.readUTF();
        Path cwd = Path.of(in.readUTF());
        boolean terminal = in.readBoolean();
        List<String> args = Protocol.readStrings(in);
        client.setSoTimeout(0); // From here the client may be running a long program for us.
        if (args.equals(List.of(Protocol.STOP)) || !version.equals(clientVersion)) {
            out.writeByte(Protocol.REFUSED);
            out.writeUTF(version.equals(clientVersion) ? "stopped" : "the daemon runs another brisk build");
            out.flush();
            return false;
        }
        var stdout = new PrintStream(new FrameOutputStream(out, Protocol.STDOUT), true, StandardCharsets.UTF_8);
        var stderr = new PrintStream(new FrameOutputStream(out, Protocol.STDERR), true, StandardCharsets.UTF_8);
        int[] status = {0};
        var context = new DaemonContext(hosts, testHosts, version, new ProgramRequests(in, out), terminal);
        withOutput(stdout, stderr, () -> status[0] = dispatcher.run(context, cwd, args.toArray(String[]::new)));
        stdout.flush();
        stderr.flush();
        synchronized (out) {
            out.writeByte(Protocol.EXIT);
            out.writeInt(status[0]);
            out.flush();
        }
        return true;
    }

    private static void withOutput(PrintStream stdout, PrintStream stderr, Runnable action) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(stdout);
        System.setErr(stderr);
        try {
            action.run();
        } catch (RuntimeException e) {
            e.printStackTrace(stderr); // An internal error fails this command, never the daemon.
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private void saveAll() {
        for (var entry : hosts.entrySet()) {
            if (!Files.isDirectory(entry.getKey())) {
                continue; // Never recreate a deleted workspace just to hold its cache.
            }
            try {
                QueryCache.forWorkspace(entry.getKey(), version).save(entry.getValue());
            } catch (IOException e) {
                // Only the next one-shot command's speed depends on it.
            }
        }
    }

    private boolean stillOurs() {
        var current = DaemonFile.read(filePath);
        return current != null && current.token().equals(file.token());
    }

    private void removeFileIfOurs() {
        if (stillOurs()) {
            try {
                Files.deleteIfExists(filePath);
            } catch (IOException e) {
                // A stale file is detected by the next client (dead pid).
            }
        }
    }
}
