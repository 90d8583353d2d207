package brisk.build;

import brisk.runtime.host.TestHost;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A warm test host ({@link TestHost}) for the daemon and the language server: one JVM, started on first
 * use in the workspace root and kept for the next run, so a test run after an edit loads the changed classes instead of starting a JVM.
 * A run that ends the host (a test calling {@code process::exit}, an abort) reports the host's exit status,
 * and one that leaves threads behind (a test stopped at its time limit) retires it; the next run starts a
 * new one.
 */
public final class WarmTestHost implements AutoCloseable {
    private final Path workingDir;
    private Process process;
    private DataInputStream in;
    private DataOutputStream out;

    public WarmTestHost(Path workingDir) {
        this.workingDir = workingDir;
    }

    /** Runs a test binary, copying its output to {@code stdout}/{@code stderr}; returns its exit status. */
    public int run(Path classes, String mainClass, List<String> args, PrintStream stdout, PrintStream stderr)
            throws IOException, InterruptedException {
        Process host;
        DataInputStream in;
        synchronized (this) {
            if (process == null || !process.isAlive()) {
                start();
            }
            host = process;
            in = this.in;
            List<String> classPath = ChildJvm.classPath(classes);
            out.writeInt(classPath.size());
            for (String entry : classPath) {
                out.writeUTF(entry);
            }
            out.writeUTF(mainClass);
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
        }
        while (true) {
            byte kind;
            try {
                kind = in.readByte();
            } catch (EOFException e) {
                // The harness ended the host itself, as it would have ended its own process (or it was killed).
                int status = host.waitFor();
                retire(host);
                return status;
            }
            switch (kind) {
                case TestHost.STDOUT, TestHost.STDERR -> {
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    var stream = kind == TestHost.STDOUT ? stdout : stderr;
                    stream.write(bytes, 0, bytes.length);
                    stream.flush();
                }
                case TestHost.DONE -> {
                    int status = in.readInt();
                    if (!in.readBoolean()) {
                        retire(host);
                    }
                    return status;
                }
                default -> throw new IOException("unknown test host frame " + kind);
            }
        }
    }

    private synchronized void retire(Process host) {
        host.destroyForcibly();
        if (process == host) {
            process = null;
        }
    }

    private void start() throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xss64m");
        command.add("-cp");
        command.add(ChildJvm.runtimeClassPath());
        command.add(TestHost.class.getName());
        process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    }

    /** Stops the host (also from another thread, to cancel a run: the run then returns the kill's status). */
    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }
}
