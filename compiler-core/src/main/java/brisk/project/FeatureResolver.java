package brisk.project;

import brisk.diagnostics.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cargo feature unification over the loaded packages: every member asks for its {@code default} feature,
 * every active dependency edge asks for the target's {@code default} (unless {@code default-features = false})
 * plus its listed features, and enabled features enable further features, optional dependencies
 * ({@code dep:x}, implicit {@code x}) and features of dependencies ({@code x/f}, weak {@code x?/f}).
 * Features are unified per package across the whole workspace, dev-dependencies included (what
 * {@code cargo test} on the workspace builds).
 */
final class FeatureResolver {
    private final Map<String, PackageNode> packages;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Set<String>> enabled = new HashMap<>();
    private final Map<String, Set<String>> enabledDeps = new HashMap<>();
    private final Set<String> activatedPackages = new HashSet<>();
    /** dir + '\0' + dep key: features to ask of that dependency once it is enabled ({@code x?/f}). */
    private final Map<String, List<String>> weakRequests = new HashMap<>();
    private final Deque<Runnable> work = new ArrayDeque<>();

    FeatureResolver(Map<String, PackageNode> packages, List<Diagnostic> diagnostics) {
        this.packages = packages;
        this.diagnostics = diagnostics;
    }

    void resolve() {
        for (PackageNode pkg : packages.values()) {
            if (pkg.member()) {
                activate(pkg);
                if (pkg.manifest().features().containsKey("default")) {
                    request(pkg.dir(), "default", null);
                }
            }
        }
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    /** Enabled features of a package, sorted. */
    List<String> featuresOf(String dir) {
        return List.copyOf(new TreeSet<>(enabled.getOrDefault(dir, Set.of())));
    }

    /** Whether the package is part of the build: a member, or reached from one through active edges. */
    boolean isActivated(String dir) {
        return activatedPackages.contains(dir);
    }

    /** Whether the edge is part of the build: not optional, or its optional dependency got enabled. */
    boolean isActive(PackageNode pkg, PackageNode.Edge edge) {
        return !edge.spec().optional() || enabledDeps.getOrDefault(pkg.dir(), Set.of()).contains(edge.spec().key());
    }

    private void activate(PackageNode pkg) {
        if (!activatedPackages.add(pkg.dir())) {
            return;
        }
        for (var edge : pkg.normal()) {
            if (!edge.spec().optional()) {
                activateEdge(edge);
            }
        }
        for (var edge : pkg.dev()) {
            if (!edge.spec().optional()) {
                activateEdge(edge);
            }
        }
    }

    private void activateEdge(PackageNode.Edge edge) {
        PackageNode target = edge.targetDir() == null ? null : packages.get(edge.targetDir());
        if (target == null) {
            return;
        }
        work.add(() -> activate(target));
        if (edge.spec().defaultFeatures() && target.manifest().features().containsKey("default")) {
            request(target.dir(), "default", null);
        }
        for (String feature : edge.spec().features()) {
            request(target.dir(), feature, edge.spec().key());
        }
    }

    /** {@code feature} of package {@code dir}, asked for by {@code requester} (null: the package itself). */
    private void request(String dir, String feature, String requester) {
        PackageNode pkg = packages.get(dir);
        int slash = feature.indexOf('/');
        if (slash >= 0) {
            // "dep/feat" in a dependency's feature list reaches one level further, as cargo allows.
            requestOfDependency(pkg, feature.substring(0, slash), feature.substring(slash + 1));
            return;
        }
        if (!enabled.computeIfAbsent(dir, d -> new HashSet<>()).add(feature)) {
            return;
        }
        List<String> enables = pkg.manifest().features().get(feature);
        if (enables != null) {
            work.add(() -> enables.forEach(entry -> enableEntry(pkg, entry)));
        } else if (implicitFeatures(pkg).contains(feature)) {
            work.add(() -> enableDependency(pkg, feature));
        } else {
            enabled.get(dir).remove(feature);
            diagnostics.add(Diagnostic.error(null, "package `" + pkg.name() + "` does not have feature `" + feature
                    + "`" + (requester == null ? "" : " (requested by dependency `" + requester + "`)"), null, null));
        }
    }

    private void enableEntry(PackageNode pkg, String entry) {
        if (entry.startsWith("dep:")) {
            enableDependency(pkg, entry.substring(4));
            return;
        }
        int slash = entry.indexOf('/');
        if (slash < 0) {
            request(pkg.dir(), entry, null);
            return;
        }
        requestOfDependency(pkg, entry.substring(0, slash), entry.substring(slash + 1));
    }

    /** {@code dep/feature} (enables an optional {@code dep}) or weak {@code dep?/feature}. */
    private void requestOfDependency(PackageNode pkg, String depKey, String feature) {
        boolean weak = depKey.endsWith("?");
        String key = weak ? depKey.substring(0, depKey.length() - 1) : depKey;
        if (weak && !isEnabled(pkg, key)) {
            weakRequests.computeIfAbsent(pkg.dir() + '\0' + key, k -> new ArrayList<>()).add(feature);
            return;
        }
        if (!weak) {
            enableDependency(pkg, key);
        }
        for (var edge : edges(pkg, key)) {
            if (edge.targetDir() != null && packages.containsKey(edge.targetDir())) {
                request(edge.targetDir(), feature, key);
            }
        }
    }

    private void enableDependency(PackageNode pkg, String key) {
        var edges = edges(pkg, key);
        if (edges.isEmpty()) {
            diagnostics.add(Diagnostic.error(null, "package `" + pkg.name() + "`: feature refers to `" + key
                    + "`, which is not a dependency", null, null));
            return;
        }
        boolean optional = edges.stream().anyMatch(e -> e.spec().optional());
        if (!optional || !enabledDeps.computeIfAbsent(pkg.dir(), d -> new HashSet<>()).add(key)) {
            return;
        }
        for (var edge : edges) {
            if (edge.spec().optional()) {
                activateEdge(edge);
            }
        }
        List<String> pending = weakRequests.remove(pkg.dir() + '\0' + key);
        if (pending != null) {
            for (String feature : pending) {
                requestOfDependency(pkg, key, feature);
            }
        }
    }

    private boolean isEnabled(PackageNode pkg, String key) {
        for (var edge : edges(pkg, key)) {
            if (isActive(pkg, edge)) {
                return true;
            }
        }
        return false;
    }

    private static List<PackageNode.Edge> edges(PackageNode pkg, String key) {
        var found = new ArrayList<PackageNode.Edge>();
        for (var edge : pkg.normal()) {
            if (edge.spec().key().equals(key)) {
                found.add(edge);
            }
        }
        for (var edge : pkg.dev()) {
            if (edge.spec().key().equals(key)) {
                found.add(edge);
            }
        }
        return found;
    }

    /** Optional dependencies double as features of their name unless some feature spells {@code dep:name}. */
    private static Set<String> implicitFeatures(PackageNode pkg) {
        var explicitDep = new HashSet<String>();
        for (var entries : pkg.manifest().features().values()) {
            for (String entry : entries) {
                if (entry.startsWith("dep:")) {
                    explicitDep.add(entry.substring(4));
                }
            }
        }
        var implicit = new HashSet<String>();
        for (var edge : pkg.normal()) {
            if (edge.spec().optional() && !explicitDep.contains(edge.spec().key())) {
                implicit.add(edge.spec().key());
            }
        }
        return implicit;
    }
}
