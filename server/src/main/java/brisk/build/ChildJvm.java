package brisk.build;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a built program in a child JVM from the same Java installation as brisk, with brisk's
 * runtime (found on brisk's own class path) next to the program's classes. The child inherits
 * stdin, stdout and stderr, so its output and exit status are the program's own.
 */
public final class ChildJvm {
    private ChildJvm() {}

    /** Runs {@code mainClass} with {@code args}; returns its exit status. */
    public static int run(Path classes, Path workingDir, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        var process = new ProcessBuilder(command(classes, mainClass, args)).directory(workingDir.toFile()).inheritIO()
                .start();
        return process.waitFor();
    }

    /** The command line running {@code mainClass} of a program whose classes are in {@code classes}. */
    public static List<String> command(Path classes, String mainClass, List<String> args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Xss64m");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath(classes)));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** A program's class path: its classes, brisk's runtime and the glue it calls. */
    public static List<String> classPath(Path classes) {
        return List.of(classes.toString(), runtimeClassPath(), codeSource(ProgramSupport.class));
    }

    /** Where brisk's runtime is (its jar, or classes directory in development). */
    public static String runtimeClassPath() {
        return codeSource(brisk.runtime.Rt.class);
    }

    /** The class-path entry (jar or classes directory) a class was loaded from. */
    static String codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + c.getName(), e);
        }
    }
}
