package brisk.lsp;

import brisk.project.BundledStd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * brisk's bundled std lives in the jar, not on disk, so go-to-definition into it needs a copy an
 * editor can open: {@code target/brisk/std/} of a Cargo workspace (inside cargo's own output
 * directory, the only place the server writes). Lone files get no copy: there is no target
 * directory to write into. {@link Project#contains} leaves {@code target/} out, so opening a copy
 * analyses nothing.
 */
final class StdSources {
    private StdSources() {}

    /** The on-disk copy of std file {@code rel} ({@code <std>/lib.rs}), written if missing or stale; null if none. */
    static Path materialize(Project project, String rel, String text) {
        if (project.isLoneFile() || !BundledStd.isStdPath(rel)) {
            return null;
        }
        Path file = directory(project).resolve(rel.substring(BundledStd.DIR.length())).normalize();
        if (!file.startsWith(directory(project))) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            }
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path directory(Project project) {
        return project.root().resolve("target").resolve("brisk").resolve("std");
    }
}
