package brisk.runtime.host;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A warm test host: a JVM kept alive between test runs that loads each test binary (its classes plus a
 * fresh copy of the runtime, so no static state survives a run) in a new class loader and runs its
 * {@code main}, so rerunning tests after an edit starts no JVM. Protocol on stdin/stdout (see
 * {@link #main}); the program's output goes back as frames. A harness that calls
 * {@code process::exit} or aborts ends this process: the status is the host's exit status, as a test
 * binary's would be, and the caller starts a new host.
 */
public final class TestHost {
    /** Frame kinds sent back: program stdout bytes, program stderr bytes, the run's end. */
    public static final byte STDOUT = 1;
    public static final byte STDERR = 2;
    public static final byte DONE = 4;

    private TestHost() {}

    /**
     * Serves runs until stdin ends. Request: class-path entries, main class, arguments (each list an int
     * count then UTF strings). Reply: output frames (kind, int length, bytes), then {@link #DONE}, the exit
     * status and whether the host is still clean (no thread of the run left behind, e.g. a test abandoned
     * at its time limit: the caller should then replace the host).
     */
    public static void main(String[] args) throws IOException {
        var in = new DataInputStream(new BufferedInputStream(System.in));
        var out = new DataOutputStream(new FileOutputStream(FileDescriptor.out));
        while (true) {
            List<String> classPath;
            try {
                classPath = strings(in);
            } catch (EOFException e) {
                return;
            }
            String mainClass = in.readUTF();
            List<String> programArgs = strings(in);
            int threadsBefore = Thread.activeCount();
            int code = run(classPath, mainClass, programArgs, new FrameOutputStream(out, STDOUT),
                    new FrameOutputStream(out, STDERR));
            synchronized (out) {
                out.writeByte(DONE);
                out.writeInt(code);
                out.writeBoolean(Thread.activeCount() <= threadsBefore);
                out.flush();
            }
        }
    }

    private static int run(List<String> classPath, String mainClass, List<String> args, OutputStream stdout,
            OutputStream stderr) throws IOException {
        var urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = Path.of(classPath.get(i)).toUri().toURL();
        }
        try (var loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            loader.loadClass("brisk.runtime.Hosting").getMethod("install", OutputStream.class, OutputStream.class)
                    .invoke(null, stdout, stderr);
            try {
                loader.loadClass(mainClass).getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
                return 0;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause != null && cause.getClass().getName().equals("brisk.runtime.Hosting$Exit")) {
                    return (int) cause.getClass().getMethod("code").invoke(cause);
                }
                throw e;
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            stderr.write(("error: the test host could not run " + mainClass + ": " + e + "\n").getBytes());
            return 101;
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        var list = new ArrayList<String>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }
}
