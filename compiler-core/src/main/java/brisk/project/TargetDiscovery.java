package brisk.project;

import brisk.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;

/**
 * Cargo's target inference for one package: the explicit targets of the manifest completed with default
 * paths, plus the auto-discovered {@code src/lib.rs}, {@code src/main.rs}, {@code src/bin/*.rs},
 * {@code src/bin/* /main.rs}, {@code tests/*.rs} and {@code tests/* /main.rs}.
 */
final class TargetDiscovery {
    private final String dir;
    private final Manifest manifest;
    private final String packageName;
    private final String edition;
    private final NavigableSet<String> files;
    private final List<Diagnostic> diagnostics;

    TargetDiscovery(String dir, Manifest manifest, String edition, NavigableSet<String> files,
            List<Diagnostic> diagnostics) {
        this.dir = dir;
        this.manifest = manifest;
        this.packageName = manifest.pkg().name();
        this.edition = edition;
        this.files = files;
        this.diagnostics = diagnostics;
    }

    /** The lib target, or null when the package has none. */
    Target lib() {
        TargetSpec spec = manifest.lib();
        String defaultPath = ProjectPaths.child(dir, "src/lib.rs");
        if (spec == null) {
            return manifest.pkg().autolib() && files.contains(defaultPath)
                    ? new Target(TargetKind.LIB, ProjectPaths.crateName(packageName), defaultPath, edition, true,
                            List.of())
                    : null;
        }
        String name = spec.name() == null ? ProjectPaths.crateName(packageName) : spec.name();
        if (name.contains("-")) {
            error("library target names cannot contain hyphens: " + name);
            name = ProjectPaths.crateName(name);
        }
        if (spec.procMacro()) {
            error("`" + name + "` is a proc-macro library; brisk does not support procedural macros");
        }
        String root = spec.path() == null ? defaultPath : resolve(spec.path());
        if (root == null || !files.contains(root)) {
            error(spec.path() == null
                    ? "can't find library `" + name + "`, rename file to `src/lib.rs` or specify lib.path"
                    : "can't find library `" + name + "` at `" + spec.path() + "`");
            return null;
        }
        return new Target(TargetKind.LIB, name, root, editionOf(spec), true, List.of());
    }

    List<Target> bins() {
        var inferred = new LinkedHashMap<String, String>();
        String mainRs = ProjectPaths.child(dir, "src/main.rs");
        if (files.contains(mainRs)) {
            inferred.put(packageName, mainRs);
        }
        inferDirectory(ProjectPaths.child(dir, "src/bin"), inferred);
        return merge(TargetKind.BIN, "bin", "src/bin", manifest.bins(), inferred, manifest.pkg().autobins());
    }

    List<Target> tests() {
        var inferred = new LinkedHashMap<String, String>();
        inferDirectory(ProjectPaths.child(dir, "tests"), inferred);
        return merge(TargetKind.TEST, "test", "tests", manifest.tests(), inferred, manifest.pkg().autotests());
    }

    /** {@code base/NAME.rs} and {@code base/NAME/main.rs} files, in name order. */
    private void inferDirectory(String base, Map<String, String> inferred) {
        String prefix = base + "/";
        for (String file : files.subSet(prefix, true, prefix + Character.MAX_VALUE, false)) {
            String rest = file.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0 && rest.endsWith(".rs") && rest.length() > 3) {
                inferred.putIfAbsent(rest.substring(0, rest.length() - 3), file);
            } else if (slash > 0 && rest.substring(slash).equals("/main.rs")) {
                inferred.putIfAbsent(rest.substring(0, slash), file);
            }
        }
    }

    /**
     * Explicit targets first (default path: the inferred target of that name), then inferred targets whose
     * name and path are both unused, when auto-discovery is on. In edition 2015 writing any explicit target
     * turns auto-discovery off unless {@code autobins}/{@code autotests} says otherwise, as in cargo.
     */
    private List<Target> merge(TargetKind kind, String kindName, String defaultDir, List<TargetSpec> explicit,
            Map<String, String> inferred, Boolean autodiscoverFlag) {
        var targets = new ArrayList<Target>();
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (TargetSpec spec : explicit) {
            String root = spec.path() != null ? resolve(spec.path()) : inferred.get(spec.name());
            if (root == null || !files.contains(root)) {
                error(spec.path() != null
                        ? "can't find `" + spec.name() + "` " + kindName + " at `" + spec.path() + "`"
                        : "can't find `" + spec.name() + "` " + kindName + " at `" + defaultDir + "/" + spec.name()
                                + ".rs` or `" + defaultDir + "/" + spec.name() + "/main.rs`. Please specify "
                                + kindName + ".path if you want to use a non-default path.");
                continue;
            }
            if (!names.add(spec.name())) {
                error("found duplicate " + (kind == TargetKind.BIN ? "binary" : kindName) + " name " + spec.name()
                        + ", but all " + kindName + " targets must have a unique name");
                continue;
            }
            paths.add(root);
            targets.add(new Target(kind, spec.name(), root, editionOf(spec), spec.harness(), spec.requiredFeatures()));
        }
        boolean autodiscover = autodiscoverFlag != null
                ? autodiscoverFlag
                : !edition.equals("2015") || explicit.isEmpty();
        if (autodiscover) {
            for (var entry : inferred.entrySet()) {
                if (!names.contains(entry.getKey()) && !paths.contains(entry.getValue())) {
                    names.add(entry.getKey());
                    targets.add(new Target(kind, entry.getKey(), entry.getValue(), edition, true, List.of()));
                }
            }
        }
        targets.sort((a, b) -> a.name().compareTo(b.name()));
        return targets;
    }

    private String editionOf(TargetSpec spec) {
        return spec.edition() != null ? spec.edition() : edition;
    }

    private String resolve(String relative) {
        return ProjectPaths.join(dir, relative);
    }

    private void error(String message) {
        diagnostics.add(Diagnostic.error(null, "package `" + packageName + "` (`" + manifest.path() + "`): "
                + message, null, null));
    }
}
