package brisk.workspace;

import brisk.diagnostics.Diagnostic;
import brisk.project.WorkspaceSection;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Expands {@code workspace.members} against the file system as cargo does: a plain entry names one
 * directory; an entry with glob characters ({@code crates/*}) names every matching directory not under a
 * {@code workspace.exclude} path.
 */
final class MemberGlobs {
    private MemberGlobs() {}

    static Set<Path> expand(Path workspaceDir, WorkspaceSection workspace, List<Diagnostic> diagnostics) {
        var excluded = new ArrayList<Path>();
        for (String exclude : workspace.exclude()) {
            excluded.add(workspaceDir.resolve(exclude).normalize());
        }
        var members = new TreeSet<Path>();
        for (String member : workspace.members()) {
            if (!isGlob(member)) {
                members.add(workspaceDir.resolve(member).normalize());
                continue;
            }
            for (Path match : matches(workspaceDir, member, diagnostics)) {
                if (excluded.stream().noneMatch(match::startsWith)) {
                    members.add(match);
                }
            }
        }
        return members;
    }

    private static boolean isGlob(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.indexOf('[') >= 0;
    }

    /** Directories matching {@code pattern}; the walk starts below its literal leading components. */
    private static List<Path> matches(Path workspaceDir, String pattern, List<Diagnostic> diagnostics) {
        String[] parts = pattern.split("/");
        Path base = workspaceDir;
        int literal = 0;
        while (literal < parts.length - 1 && !isGlob(parts[literal])) {
            base = base.resolve(parts[literal]);
            literal++;
        }
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        boolean recursive = pattern.contains("**");
        int depth = recursive ? Integer.MAX_VALUE : parts.length - literal;
        // Matched against the workspace-relative path, so glob characters in the workspace's own path are inert.
        String relativePattern = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relativePattern);
        var found = new ArrayList<Path>();
        try (Stream<Path> walk = Files.walk(base, depth)) {
            walk.filter(p -> !p.equals(workspaceDir) && Files.isDirectory(p))
                    .filter(p -> matcher.matches(workspaceDir.relativize(p)))
                    .filter(p -> !recursive || p.getFileName().toString().charAt(0) != '.')
                    .sorted()
                    .forEach(found::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(null, "failed to expand workspace member glob `" + pattern + "`: "
                    + e.getMessage(), null, null));
        }
        return found;
    }
}
