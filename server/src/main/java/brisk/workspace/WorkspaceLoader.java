package brisk.workspace;

import brisk.diagnostics.Diagnostic;
import brisk.project.CrateData;
import brisk.project.CrateGraph;
import brisk.project.CrateGraphBuilder;
import brisk.project.CrateId;
import brisk.project.DependencySource;
import brisk.project.DependencySpec;
import brisk.project.Manifest;
import brisk.project.ProjectPaths;
import brisk.project.TargetKind;
import brisk.project.TargetSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a Cargo project from disk: finds the manifests (workspace members, glob-expanded, and every path
 * dependency, recursively, wherever it lives), the {@code .rs} files, and builds the crate graph with
 * {@link CrateGraphBuilder}. All cargo semantics live in {@code brisk.project}; this class only does I/O.
 */
public final class WorkspaceLoader {
    private static final String MANIFEST = "Cargo.toml";
    /** Cargo-script's default: a lone file is compiled with the latest edition. */
    static final String SINGLE_FILE_EDITION = "2024";

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /**
     * The directory the load started from. Manifests are parsed with paths relative to it (messages name
     * them that way) and parsed again only if path dependencies move the root above it.
     */
    private final Path start;
    /** Absolute package (or workspace) directory to the manifest's text. */
    private final Map<Path, String> manifestTexts = new LinkedHashMap<>();
    /** Absolute directory to its manifest, null when it has none. */
    private final Map<Path, Manifest> discovered = new LinkedHashMap<>();
    private final Set<Path> members = new TreeSet<>();

    private WorkspaceLoader(Path start) {
        this.start = start;
    }

    /**
     * @param path a workspace directory, a package directory, a {@code Cargo.toml}, or a single {@code .rs} file
     */
    public static LoadedWorkspace load(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            return new LoadedWorkspace.UsageError("path `" + path + "` does not exist");
        }
        if (Files.isRegularFile(absolute)) {
            String fileName = absolute.getFileName().toString();
            if (fileName.equals(MANIFEST)) {
                return new WorkspaceLoader(absolute.getParent()).loadProject(absolute.getParent());
            }
            if (fileName.endsWith(".rs")) {
                return new WorkspaceLoader(absolute.getParent()).loadSingleFile(absolute);
            }
            return new LoadedWorkspace.UsageError("`" + path + "` is neither a directory, a Cargo.toml nor a .rs file");
        }
        if (!Files.isRegularFile(absolute.resolve(MANIFEST))) {
            return new LoadedWorkspace.UsageError("could not find `Cargo.toml` in `" + path + "`");
        }
        return new WorkspaceLoader(absolute).loadProject(absolute);
    }

    private LoadedWorkspace loadSingleFile(Path file) {
        String fileName = file.getFileName().toString();
        String stem = fileName.substring(0, fileName.length() - ".rs".length());
        var files = new TreeMap<String, String>();
        SourceFiles.read(file, fileName, files, diagnostics);
        var crate = new CrateData(new CrateId(0), crateName(stem), stem, TargetKind.BIN, fileName, "",
                SINGLE_FILE_EDITION, List.of(), List.of(), true);
        return new LoadedWorkspace.Loaded(file.getParent(), new CrateGraph(List.of(crate)), new TreeMap<>(),
                new TreeSet<>(), files, diagnostics);
    }

    /** A file stem made into a crate name, as cargo-script does: invalid characters become {@code _}. */
    private static String crateName(String stem) {
        var name = new StringBuilder(stem.length() + 1);
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            name.append(Character.isLetterOrDigit(c) || c == '_' ? c : '_');
        }
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name.insert(0, '_');
        }
        return name.toString();
    }

    private LoadedWorkspace loadProject(Path dir) {
        Manifest rootManifest = manifest(dir);
        if (rootManifest == null) {
            return new LoadedWorkspace.UsageError("could not read `" + dir.resolve(MANIFEST) + "`");
        }
        Path workspaceDir = null;
        if (rootManifest.workspace() != null) {
            workspaceDir = dir;
            if (rootManifest.pkg() != null) {
                members.add(dir);
            }
            for (Path member : MemberGlobs.expand(dir, rootManifest.workspace(), diagnostics)) {
                if (manifest(member) != null) {
                    members.add(member);
                } else {
                    diagnostics.add(Diagnostic.error(null, "failed to load manifest for workspace member `"
                            + relative(start, member) + "`: no `Cargo.toml` there", null, null));
                }
            }
        } else {
            members.add(dir);
            if (usesInheritance(rootManifest)) {
                workspaceDir = enclosingWorkspace(dir);
            }
        }
        discoverPathDependencies(workspaceDir, rootManifest.workspace() != null);

        Path root = commonAncestor(discovered.keySet());
        var manifests = new TreeMap<String, Manifest>();
        var memberDirs = new TreeSet<String>();
        for (var entry : manifestTexts.entrySet()) {
            String rel = relative(root, entry.getKey());
            Manifest manifest = root.equals(start)
                    ? discovered.get(entry.getKey())
                    : Manifest.parse(ProjectPaths.child(rel, MANIFEST), entry.getValue());
            manifests.put(rel, manifest);
            diagnostics.addAll(manifest.diagnostics());
            if (members.contains(entry.getKey())) {
                memberDirs.add(rel);
            }
        }
        var files = new TreeMap<String, String>();
        var fileDiagnostics = new ArrayList<Diagnostic>();
        for (var entry : manifests.entrySet()) {
            if (entry.getValue().pkg() != null) {
                SourceFiles.collectPackage(root, entry.getKey(), entry.getValue(), files, fileDiagnostics);
            }
        }
        var built = CrateGraphBuilder.build(manifests, memberDirs, files.keySet());
        diagnostics.addAll(built.diagnostics());
        diagnostics.addAll(fileDiagnostics);
        return new LoadedWorkspace.Loaded(root, built.graph(), manifests, memberDirs, files, diagnostics);
    }

    /**
     * Follows path dependencies from the members until closure. When a workspace was loaded
     * ({@code loadedWorkspace}), path dependencies inside its directory become members, as in cargo; all
     * others are loaded as plain dependencies (only their lib is built), as when cargo builds one package.
     *
     * @param workspaceDir the workspace whose {@code [workspace.dependencies]} members inherit from, or null
     */
    private void discoverPathDependencies(Path workspaceDir, boolean loadedWorkspace) {
        Manifest workspaceManifest = workspaceDir == null ? null : manifest(workspaceDir);
        Deque<Path> queue = new ArrayDeque<>(members);
        Set<Path> seen = new TreeSet<>(members);
        while (!queue.isEmpty()) {
            Path dir = queue.poll();
            Manifest manifest = manifest(dir);
            if (manifest == null || manifest.pkg() == null) {
                continue;
            }
            boolean member = members.contains(dir);
            var specs = new ArrayList<>(manifest.dependencies());
            if (member) {
                specs.addAll(manifest.devDependencies());
            }
            for (DependencySpec spec : specs) {
                Path base = dir;
                if (spec.source() == DependencySource.WORKSPACE && workspaceManifest != null
                        && workspaceManifest.workspace() != null) {
                    spec = workspaceManifest.workspace().dependencies().get(spec.key());
                    base = workspaceDir;
                }
                if (spec == null || spec.source() != DependencySource.PATH) {
                    continue;
                }
                Path target = base.resolve(spec.path()).normalize();
                if (!seen.add(target) || manifest(target) == null) {
                    continue;
                }
                boolean inWorkspace = loadedWorkspace && target.startsWith(workspaceDir);
                if (inWorkspace && !isExcluded(workspaceManifest, workspaceDir, target)) {
                    members.add(target);
                }
                queue.add(target);
            }
        }
    }

    private static boolean isExcluded(Manifest workspaceManifest, Path workspaceDir, Path dir) {
        if (workspaceManifest.workspace() == null) {
            return true;
        }
        for (String excluded : workspaceManifest.workspace().exclude()) {
            if (dir.startsWith(workspaceDir.resolve(excluded).normalize())) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesInheritance(Manifest manifest) {
        if (!manifest.pkg().inherited().isEmpty()) {
            return true;
        }
        for (var spec : manifest.dependencies()) {
            if (spec.source() == DependencySource.WORKSPACE) {
                return true;
            }
        }
        for (var spec : manifest.devDependencies()) {
            if (spec.source() == DependencySource.WORKSPACE) {
                return true;
            }
        }
        return false;
    }

    /** The nearest ancestor directory whose manifest has a {@code [workspace]} table, loaded; or null. */
    private Path enclosingWorkspace(Path dir) {
        for (Path d = dir.getParent(); d != null; d = d.getParent()) {
            Path file = d.resolve(MANIFEST);
            if (Files.isRegularFile(file)) {
                try {
                    String text = SourceFiles.decode(Files.readAllBytes(file), relative(start, file), diagnostics);
                    Manifest manifest = Manifest.parse(relative(start, file), text);
                    if (manifest.workspace() != null) {
                        manifestTexts.put(d, text);
                        discovered.put(d, manifest);
                        return d;
                    }
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The manifest in {@code dir}, read once; null when there is none (or it cannot be read). */
    private Manifest manifest(Path dir) {
        if (discovered.containsKey(dir)) {
            return discovered.get(dir);
        }
        Path file = dir.resolve(MANIFEST);
        Manifest manifest = null;
        if (Files.isRegularFile(file)) {
            try {
                String text = SourceFiles.decode(Files.readAllBytes(file), relative(start, file), diagnostics);
                manifest = Manifest.parse(relative(start, file), text);
                manifestTexts.put(dir, text);
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(null, "failed to read `" + file + "`: " + e.getMessage(), null, null));
            }
        }
        discovered.put(dir, manifest);
        return manifest;
    }

    private Path commonAncestor(Set<Path> dirs) {
        Path common = null;
        for (Path dir : dirs) {
            if (discovered.get(dir) == null) {
                continue;
            }
            if (common == null) {
                common = dir;
            }
            while (!dir.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    /** {@code dir} relative to {@code root} with {@code /} separators; {@code ""} for the root itself. */
    static String relative(Path root, Path dir) {
        String rel = root.relativize(dir).toString();
        return java.io.File.separatorChar == '/' ? rel : rel.replace(java.io.File.separatorChar, '/');
    }

    /** Explicit target roots of a manifest, for {@link SourceFiles}. */
    static List<String> explicitTargetPaths(Manifest manifest) {
        var paths = new ArrayList<String>();
        if (manifest.lib() != null && manifest.lib().path() != null) {
            paths.add(manifest.lib().path());
        }
        for (TargetSpec spec : manifest.bins()) {
            if (spec.path() != null) {
                paths.add(spec.path());
            }
        }
        for (TargetSpec spec : manifest.tests()) {
            if (spec.path() != null) {
                paths.add(spec.path());
            }
        }
        return paths;
    }
}
