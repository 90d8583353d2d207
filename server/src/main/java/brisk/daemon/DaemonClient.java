package brisk.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The client side: finds the daemon of the workspace a command names (its {@code daemon.properties} in
 * {@code target/brisk} of the path or an ancestor), sends the command, copies output frames to this
 * process's stdout/stderr and runs the programs the daemon asks for. Without a usable daemon the caller
 * runs the command itself and then {@link #startDaemon starts} one for the next command.
 */
public final class DaemonClient {
    private static final Set<String> SERVED = Set.of("check", "build", "run", "test");
    /** Options of the served commands that take a value (so the value is not mistaken for the path). */
    private static final Set<String> WITH_VALUE = Set.of("-p", "--package", "--bin", "-j", "--jobs",
            "--message-format", "--color");
    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private DaemonClient() {}

    /** Whether the daemon can serve this command line. */
    public static boolean serves(String[] args) {
        if (args.length == 0 || !SERVED.contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs the command in the workspace's daemon; its exit status, or null when no daemon could take it
     * (none running, a stale file, another brisk build) and nothing was printed yet.
     */
    public static Integer tryRun(Path cwd, String version, String[] args) {
        Path file = findDaemonFile(startPath(cwd, args));
        DaemonFile daemon = file == null ? null : DaemonFile.read(file);
        if (daemon == null) {
            return null;
        }
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), daemon.port()), CONNECT_TIMEOUT_MILLIS);
            var out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            var in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            out.writeUTF(Protocol.MAGIC);
            out.writeUTF(daemon.token());
            out.writeUTF(version);
            out.writeUTF(cwd.toString());
            out.writeBoolean(System.console() != null && System.console().isTerminal());
            Protocol.writeStrings(out, List.of(args));
            out.flush();
            return follow(in, out, stdout, stderr);
        } catch (IOException e) {
            if (!daemon.processAlive()) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // The daemon that owned it is gone either way.
                }
            }
            return null;
        }
    }

    /** Stops the daemon serving {@code path}'s workspace (waiting up to 5 s); false if none was running. */
    public static boolean stop(Path path) throws InterruptedException {
        Path file = findDaemonFile(path.toAbsolutePath());
        DaemonFile daemon = file == null ? null : DaemonFile.read(file);
        if (daemon == null || !daemon.processAlive()) {
            return false;
        }
        tryRun(file.getParent().getParent().getParent(), "", new String[] {Protocol.STOP});
        for (int i = 0; i < 100 && daemon.processAlive(); i++) {
            Thread.sleep(50);
        }
        return true;
    }

    /** Copies frames until the exit status; null if the daemon refused before doing anything. */
    private static Integer follow(DataInputStream in, DataOutputStream out, PrintStream stdout, PrintStream stderr)
            throws IOException {
        boolean printed = false;
        while (true) {
            byte kind;
            try {
                kind = in.readByte();
            } catch (EOFException e) {
                if (printed) {
                    stderr.println("error: the brisk daemon stopped in the middle of the command");
                    return 101;
                }
                throw e;
            }
            switch (kind) {
                case Protocol.STDOUT, Protocol.STDERR -> {
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    var stream = kind == Protocol.STDOUT ? stdout : stderr;
                    stream.write(bytes, 0, bytes.length);
                    stream.flush();
                    printed = true;
                }
                case Protocol.RUN_PROGRAM -> {
                    var workingDir = new File(in.readUTF());
                    List<String> command = Protocol.readStrings(in);
                    int status;
                    try {
                        status = new ProcessBuilder(command).directory(workingDir).inheritIO().start().waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        status = 130;
                    }
                    out.writeInt(status);
                    out.flush();
                    printed = true;
                }
                case Protocol.EXIT -> {
                    return in.readInt();
                }
                case Protocol.REFUSED -> {
                    in.readUTF();
                    return null;
                }
                default -> throw new IOException("unknown daemon frame " + kind);
            }
        }
    }

    /**
     * Starts a daemon for the workspace the command named, detached from this process (its own session
     * when {@code setsid} exists, no inherited streams), with this JVM's class path and AOT cache.
     */
    public static void startDaemon(Path cwd, String[] args) {
        var command = new ArrayList<String>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String aotCache = System.getProperty("brisk.aotCache");
        if (aotCache != null && Files.isRegularFile(Path.of(aotCache))) {
            command.add("-XX:AOTCache=" + aotCache);
            command.add("-Xlog:aot=off");
            command.add("-Xlog:cds=off");
        }
        command.add("-XX:+UseSerialGC");
        command.add("-Xss16m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("brisk.cli.Main");
        command.add("daemon");
        command.add(startPath(cwd, args).toString());
        try {
            new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // Without a daemon every command runs in its own process, as this one did.
        }
    }

    /** The path a served command names (its first positional argument), else the working directory. */
    static Path startPath(Path cwd, String[] args) {
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return cwd.resolve(arg).normalize();
            }
        }
        return cwd;
    }

    /** The daemon file in {@code target/brisk} of {@code start} or its nearest ancestor having one. */
    static Path findDaemonFile(Path start) {
        for (Path dir = Files.isRegularFile(start) ? start.getParent() : start; dir != null; dir = dir.getParent()) {
            Path file = DaemonFile.at(dir);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }
}
