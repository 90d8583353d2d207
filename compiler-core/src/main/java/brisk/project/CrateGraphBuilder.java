package brisk.project;

import brisk.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the manifests of a workspace into a {@link CrateGraph}, following cargo's rules: target inference,
 * workspace inheritance ({@code edition.workspace = true}, {@code dep.workspace = true}), path dependencies
 * (extern name = the target's lib name, or the key when {@code package = "..."} renames), feature
 * unification, and bins/tests seeing their package's lib (tests also the dev-dependencies).
 *
 * <p>Pure: the file system is described by the {@code files} set. Registry and git dependencies, build
 * scripts, proc-macro libs, missing path dependencies and dependency cycles are errors; the graph still
 * contains every crate that could be formed (a cyclic edge is dropped, so the graph is always acyclic).
 * The manifests' own parse diagnostics are not repeated here.
 */
public final class CrateGraphBuilder {

    /** The graph plus the diagnostics found while building it. */
    public record Result(CrateGraph graph, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final Map<String, Manifest> manifests;
    private final Set<String> members;
    private final NavigableSet<String> files;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private CrateGraphBuilder(Map<String, Manifest> manifests, Set<String> members, Collection<String> files) {
        this.manifests = new TreeMap<>(manifests);
        this.members = members;
        this.files = new TreeSet<>(files);
    }

    /**
     * @param manifests package directory ({@code ""}, {@code "c00"}, {@code "crates/a"}) to manifest; may include
     *                  virtual workspace manifests, which are used for inheritance
     * @param members   directories of the workspace members (all targets built); other packages in
     *                  {@code manifests} are dependencies only and contribute just their lib
     * @param files     workspace-relative paths of the existing files (at least every {@code .rs} file under
     *                  the packages, and {@code build.rs} files at package roots)
     */
    public static Result build(Map<String, Manifest> manifests, Set<String> members, Collection<String> files) {
        return new CrateGraphBuilder(manifests, members, files).build();
    }

    private Result build() {
        var packages = new LinkedHashMap<String, PackageNode>();
        for (var entry : manifests.entrySet()) {
            Manifest manifest = entry.getValue();
            if (manifest.pkg() != null && !manifest.pkg().name().isEmpty()) {
                packages.put(entry.getKey(), node(entry.getKey(), manifest));
            }
        }
        var features = new FeatureResolver(packages, diagnostics);
        features.resolve();
        packages.keySet().removeIf(dir -> !features.isActivated(dir));

        var order = new ArrayList<>(packages.values());
        order.sort(Comparator.comparing(PackageNode::name).thenComparing(PackageNode::dir));
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).name().equals(order.get(i - 1).name())) {
                error("two packages named `" + order.get(i).name() + "` in this workspace: `"
                        + order.get(i - 1).manifest().path() + "` and `" + order.get(i).manifest().path() + "`");
            }
        }
        var libs = new HashMap<String, Target>();
        var targetsByDir = new LinkedHashMap<String, List<Target>>();
        for (PackageNode pkg : order) {
            var discovery = new TargetDiscovery(pkg.dir(), pkg.manifest(), pkg.edition(), files, diagnostics);
            var targets = new ArrayList<Target>();
            Target lib = discovery.lib();
            if (lib != null) {
                targets.add(lib);
                libs.put(pkg.dir(), lib);
            }
            if (pkg.member()) {
                var enabled = features.featuresOf(pkg.dir());
                for (Target target : concat(discovery.bins(), discovery.tests())) {
                    if (enabled.containsAll(target.requiredFeatures())) {
                        targets.add(target);
                    }
                }
                if (targets.isEmpty()) {
                    error("package `" + pkg.name() + "`: no targets specified in the manifest; either "
                            + "src/lib.rs, src/main.rs, a [lib] section, or [[bin]] section must be present");
                }
            }
            checkBuildScript(pkg);
            targetsByDir.put(pkg.dir(), targets);
        }

        var libIds = new HashMap<String, CrateId>();
        int next = 0;
        for (var entry : targetsByDir.entrySet()) {
            if (libs.containsKey(entry.getKey())) {
                libIds.put(entry.getKey(), new CrateId(next));
            }
            next += entry.getValue().size();
        }
        var acyclic = acyclicNormalEdges(packages, features, libs);

        var crates = new ArrayList<CrateData>();
        for (var entry : targetsByDir.entrySet()) {
            PackageNode pkg = packages.get(entry.getKey());
            reportDevProblems(pkg, features);
            List<Dependency> normal = externs(pkg, acyclic.get(pkg.dir()), libs, libIds);
            List<Dependency> withDev = null;
            for (Target target : entry.getValue()) {
                var deps = new ArrayList<Dependency>();
                if (target.kind() != TargetKind.LIB && libs.containsKey(pkg.dir())) {
                    deps.add(new Dependency(libs.get(pkg.dir()).name(), libIds.get(pkg.dir())));
                }
                if (target.kind() == TargetKind.TEST) {
                    if (withDev == null) {
                        var all = new ArrayList<PackageNode.Edge>(acyclic.get(pkg.dir()));
                        for (var edge : pkg.dev()) {
                            if (features.isActive(pkg, edge)) {
                                all.add(edge);
                            }
                        }
                        withDev = externs(pkg, all, libs, libIds);
                    }
                    deps.addAll(withDev);
                } else {
                    deps.addAll(normal);
                }
                crates.add(new CrateData(new CrateId(crates.size()), ProjectPaths.crateName(target.name()),
                        pkg.name(), target.kind(), target.rootFile(), pkg.dir(), target.edition(),
                        dedupe(pkg, deps), features.featuresOf(pkg.dir()), target.harness()));
            }
        }
        return new Result(new CrateGraph(crates), diagnostics);
    }

    /** Resolves edition inheritance and every dependency entry of one package to a package directory. */
    private PackageNode node(String dir, Manifest manifest) {
        WorkspaceSection workspace = null;
        String workspaceDir = null;
        for (String d = dir; d != null; d = ProjectPaths.parent(d)) {
            Manifest candidate = manifests.get(d);
            if (candidate != null && candidate.workspace() != null) {
                workspace = candidate.workspace();
                workspaceDir = d;
                break;
            }
        }
        String edition = manifest.pkg().edition();
        if (manifest.pkg().inherits("edition")) {
            String inherited = workspace == null ? null : workspace.packageKeys().get("edition");
            if (inherited == null) {
                diagnostics.add(Diagnostic.error(null, "`" + manifest.path() + "`: error inheriting `edition` from "
                        + "workspace root manifest's `workspace.package.edition`: "
                        + (workspace == null
                                ? "failed to find a workspace root"
                                : "`workspace.package.edition` was not defined"),
                        null, null));
            } else {
                edition = inherited;
            }
        }
        boolean member = members.contains(dir);
        var normal = edges(dir, manifest, manifest.dependencies(), workspace, workspaceDir);
        var dev = member
                ? edges(dir, manifest, manifest.devDependencies(), workspace, workspaceDir)
                : List.<PackageNode.Edge>of();
        return new PackageNode(dir, manifest, edition, member, normal, dev);
    }

    private List<PackageNode.Edge> edges(String dir, Manifest manifest, List<DependencySpec> specs,
            WorkspaceSection workspace, String workspaceDir) {
        var edges = new ArrayList<PackageNode.Edge>();
        String pkgName = manifest.pkg().name();
        for (DependencySpec spec : specs) {
            String baseDir = dir;
            if (spec.source() == DependencySource.WORKSPACE) {
                DependencySpec shared = workspace == null ? null : workspace.dependencies().get(spec.key());
                if (shared == null) {
                    edges.add(new PackageNode.Edge(spec, null, "dependency `" + spec.key() + "` of package `" + pkgName
                            + "` inherits with `workspace = true`, but "
                            + (workspace == null ? "no workspace root was found"
                                    : "`workspace.dependencies." + spec.key() + "` is not defined")));
                    continue;
                }
                var features = new ArrayList<>(shared.features());
                features.addAll(spec.features());
                spec = new DependencySpec(spec.key(), shared.packageName(), shared.source(), shared.path(),
                        shared.version(), shared.git(), shared.renamed(), spec.optional(), shared.defaultFeatures(),
                        features, spec.display());
                baseDir = workspaceDir;
            }
            edges.add(switch (spec.source()) {
                case PATH -> pathEdge(spec, pkgName, baseDir);
                case REGISTRY -> new PackageNode.Edge(spec, null, "brisk has no registry access: dependency `"
                        + spec.display() + "` of package `" + pkgName
                        + "` cannot be fetched (only path dependencies are supported)");
                case GIT -> new PackageNode.Edge(spec, null, "brisk has no git access: dependency `" + spec.display()
                        + "` of package `" + pkgName + "` cannot be fetched (only path dependencies are supported)");
                case WORKSPACE -> throw new IllegalStateException("workspace dependencies are resolved above");
            });
        }
        return edges;
    }

    private PackageNode.Edge pathEdge(DependencySpec spec, String pkgName, String baseDir) {
        String target = ProjectPaths.join(baseDir, spec.path());
        Manifest manifest = target == null ? null : manifests.get(target);
        if (manifest == null || manifest.pkg() == null) {
            return new PackageNode.Edge(spec, null, "failed to load path dependency `" + spec.key() + "` of package `"
                    + pkgName + "`: no package manifest at `" + spec.path() + "/Cargo.toml`");
        }
        if (!manifest.pkg().name().equals(spec.packageName())) {
            return new PackageNode.Edge(spec, null, "no matching package named `" + spec.packageName()
                    + "` found at `" + spec.path() + "` (dependency of package `" + pkgName
                    + "`); the package there is `" + manifest.pkg().name() + "`");
        }
        return new PackageNode.Edge(spec, target, null);
    }

    /**
     * Each package's active {@code [dependencies]} edges, minus edges that would close a cycle among
     * libraries (each reported once, cargo style).
     */
    private Map<String, List<PackageNode.Edge>> acyclicNormalEdges(Map<String, PackageNode> packages,
            FeatureResolver features, Map<String, Target> libs) {
        var result = new HashMap<String, List<PackageNode.Edge>>();
        for (PackageNode pkg : packages.values()) {
            var active = new ArrayList<PackageNode.Edge>();
            for (var edge : pkg.normal()) {
                if (features.isActive(pkg, edge)) {
                    active.add(edge);
                }
            }
            result.put(pkg.dir(), active);
        }
        var state = new HashMap<String, Integer>();
        var stack = new ArrayList<String>();
        for (String dir : new TreeSet<>(packages.keySet())) {
            visit(dir, packages, result, libs, state, stack);
        }
        return result;
    }

    private static final int VISITING = 1;
    private static final int DONE = 2;

    private void visit(String dir, Map<String, PackageNode> packages, Map<String, List<PackageNode.Edge>> edges,
            Map<String, Target> libs, Map<String, Integer> state, List<String> stack) {
        if (state.containsKey(dir)) {
            return;
        }
        state.put(dir, VISITING);
        stack.add(dir);
        var kept = new ArrayList<PackageNode.Edge>();
        PackageNode pkg = packages.get(dir);
        for (var edge : edges.get(dir)) {
            if (edge.problem() != null) {
                error(edge.problem());
                continue;
            }
            if (!libs.containsKey(edge.targetDir())) {
                diagnostics.add(Diagnostic.warning(null, "package `" + pkg.name() + "` ignoring invalid dependency `"
                        + edge.spec().key() + "` which is missing a lib target", null, null));
                continue;
            }
            Integer targetState = state.get(edge.targetDir());
            if (targetState != null && targetState == VISITING) {
                var cycle = new ArrayList<String>();
                for (String d : stack.subList(stack.indexOf(edge.targetDir()), stack.size())) {
                    cycle.add("`" + packages.get(d).name() + "`");
                }
                cycle.add("`" + packages.get(edge.targetDir()).name() + "`");
                diagnostics.add(Diagnostic.error(null, "cyclic package dependency: package `"
                        + packages.get(edge.targetDir()).name() + "` depends on itself. Cycle: "
                        + String.join(" -> ", cycle), null, null));
                continue;
            }
            visit(edge.targetDir(), packages, edges, libs, state, stack);
            kept.add(edge);
        }
        edges.put(dir, kept);
        stack.removeLast();
        state.put(dir, DONE);
    }

    private void reportDevProblems(PackageNode pkg, FeatureResolver features) {
        for (var edge : pkg.dev()) {
            if (features.isActive(pkg, edge) && edge.problem() != null) {
                error(edge.problem());
            }
        }
    }

    /** Extern entries for usable edges; edges with problems are reported by the caller's pass. */
    private List<Dependency> externs(PackageNode pkg, List<PackageNode.Edge> edges, Map<String, Target> libs,
            Map<String, CrateId> libIds) {
        var deps = new ArrayList<Dependency>();
        for (var edge : edges) {
            if (edge.problem() != null || !libs.containsKey(edge.targetDir())) {
                continue;
            }
            String extern = edge.spec().renamed()
                    ? ProjectPaths.crateName(edge.spec().key())
                    : libs.get(edge.targetDir()).name();
            deps.add(new Dependency(extern, libIds.get(edge.targetDir())));
        }
        return deps;
    }

    /** Sorted by extern name; one crate under two names is fine, two crates under one name is an error. */
    private List<Dependency> dedupe(PackageNode pkg, List<Dependency> deps) {
        var byName = new TreeMap<String, Dependency>();
        var reported = new HashSet<String>();
        for (Dependency dep : deps) {
            Dependency previous = byName.putIfAbsent(dep.externName(), dep);
            if (previous != null && !previous.crate().equals(dep.crate()) && reported.add(dep.externName())) {
                error("package `" + pkg.name() + "`: two different crates are visible under the extern name `"
                        + dep.externName() + "`");
            }
        }
        return List.copyOf(byName.values());
    }

    private static List<Target> concat(List<Target> a, List<Target> b) {
        var all = new ArrayList<Target>(a);
        all.addAll(b);
        return all;
    }

    private void checkBuildScript(PackageNode pkg) {
        PackageSection section = pkg.manifest().pkg();
        String script = section.build() != null
                ? section.build()
                : section.autobuild() && files.contains(ProjectPaths.child(pkg.dir(), "build.rs")) ? "build.rs" : null;
        if (script != null) {
            error("package `" + pkg.name() + "` has a build script (`" + script + "`); brisk does not run "
                    + "build scripts (set `build = false` if it is not needed)");
        }
    }

    private void error(String message) {
        diagnostics.add(Diagnostic.error(null, message, null, null));
    }
}
