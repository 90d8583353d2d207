package brisk.build;

import brisk.codegen.EmittedClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a program's classes under one directory, touching only files whose bytes changed (so
 * file timestamps say what a build really changed) and deleting classes no longer generated.
 */
final class ClassOutput {
    private ClassOutput() {}

    /** Writes {@code classes} under {@code dir}; returns how many files were (re)written. */
    static int write(Path dir, List<EmittedClass> classes) throws IOException {
        Files.createDirectories(dir);
        Set<Path> wanted = new HashSet<>();
        int written = 0;
        for (EmittedClass c : classes) {
            Path file = dir.resolve(c.internalName() + ".class");
            wanted.add(file);
            byte[] bytes = c.bytes();
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                continue;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            written++;
        }
        try (var existing = Files.walk(dir)) {
            for (Path p : existing.filter(p -> p.toString().endsWith(".class")).toList()) {
                if (!wanted.contains(p)) {
                    Files.delete(p);
                }
            }
        }
        return written;
    }
}
