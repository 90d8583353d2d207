package brisk.workspace;

import brisk.diagnostics.Diagnostic;
import brisk.project.Manifest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.SortedMap;

/** Finds and reads the {@code .rs} files of a package. */
final class SourceFiles {
    private static final List<String> SOURCE_DIRS = List.of("src", "tests", "examples");

    private SourceFiles() {}

    /**
     * Every {@code .rs} file under the package's {@code src/}, {@code tests/} and {@code examples/} (skipping
     * hidden and {@code target} directories), its {@code build.rs}, and explicit target roots elsewhere
     * together with the {@code .rs} files around them (their modules).
     */
    static void collectPackage(Path root, String packageDir, Manifest manifest, SortedMap<String, String> files,
            List<Diagnostic> diagnostics) {
        Path dir = root.resolve(packageDir);
        for (String sub : SOURCE_DIRS) {
            walk(root, dir.resolve(sub), files, diagnostics);
        }
        Path buildScript = dir.resolve("build.rs");
        if (Files.isRegularFile(buildScript)) {
            read(buildScript, WorkspaceLoader.relative(root, buildScript), files, diagnostics);
        }
        for (String targetPath : WorkspaceLoader.explicitTargetPaths(manifest)) {
            Path file = dir.resolve(targetPath).normalize();
            String rel = WorkspaceLoader.relative(root, file);
            if (files.containsKey(rel) || !file.startsWith(root) || !Files.isRegularFile(file)) {
                continue;
            }
            read(file, rel, files, diagnostics);
            if (!file.getParent().equals(dir)) {
                walk(root, file.getParent(), files, diagnostics);
            }
        }
    }

    private static void walk(Path root, Path start, SortedMap<String, String> files, List<Diagnostic> diagnostics) {
        if (!Files.isDirectory(start)) {
            return;
        }
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName().toString();
                    boolean skip = !dir.equals(start) && (name.startsWith(".") || name.equals("target"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && name.endsWith(".rs") && !name.startsWith(".")) {
                        read(file, WorkspaceLoader.relative(root, file), files, diagnostics);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.add(Diagnostic.error(null, "failed to read `" + file + "`: " + e.getMessage(),
                            null, null));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(null, "failed to list `" + start + "`: " + e.getMessage(), null, null));
        }
    }

    /** Reads one file as UTF-8; invalid bytes become U+FFFD with a warning naming the file. */
    static void read(Path file, String rel, SortedMap<String, String> files, List<Diagnostic> diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(null, "failed to read `" + rel + "`: " + e.getMessage(), null, null));
            return;
        }
        files.put(rel, decode(bytes, rel, diagnostics));
    }

    /** UTF-8 text of a file; invalid bytes become U+FFFD with a warning naming {@code rel}. */
    static String decode(byte[] bytes, String rel, List<Diagnostic> diagnostics) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.warning(null, "`" + rel + "` is not valid UTF-8; invalid bytes were replaced "
                    + "with U+FFFD", null, null));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
