package brisk.daemon;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * {@code <root>/target/brisk/daemon.properties}: how a client reaches a workspace's daemon (loopback port,
 * a secret token only the file's owner can read, the daemon's pid and brisk build). Written atomically once
 * the daemon is ready; removed when it exits. A daemon whose file was deleted (e.g. {@code rm -rf target})
 * or taken over by another daemon stops.
 */
record DaemonFile(int port, String token, long pid, String version) {
    static Path at(Path root) {
        return root.resolve("target").resolve("brisk").resolve("daemon.properties");
    }

    /** The file's content, or null if it is missing or unreadable. */
    static DaemonFile read(Path file) {
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            return new DaemonFile(Integer.parseInt(properties.getProperty("port")), properties.getProperty("token"),
                    Long.parseLong(properties.getProperty("pid")), properties.getProperty("version"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void write(Path file) throws IOException {
        var properties = new Properties();
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("token", token);
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("version", version);
        var text = new StringWriter();
        properties.store(text, "brisk daemon");
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("daemon." + pid + ".tmp");
        Files.writeString(temporary, text.toString());
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the token is as private as the directory.
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    boolean processAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
