package brisk.project;

import brisk.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads one {@code Cargo.toml} text into a {@link Manifest}; one instance per manifest. */
final class ManifestParser {
    static final Set<String> EDITIONS = Set.of("2015", "2018", "2021", "2024");
    static final String DEFAULT_EDITION = "2015";

    private static final Set<String> TOP_LEVEL_KEYS = Set.of(
            "cargo-features", "package", "project", "lib", "bin", "example", "test", "bench",
            "dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies",
            "target", "features", "workspace", "patch", "replace", "profile", "badges", "lints");

    private final String path;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ManifestParser(String path) {
        this.path = path;
    }

    Manifest parse(String tomlText) {
        TomlReader.Result read = TomlReader.read(tomlText);
        if (read.error() != null) {
            var err = read.error();
            error(err.message() + " (line " + err.line() + ", column " + err.column() + ")");
        }
        Map<String, Object> toml = read.document();
        for (String key : sorted(toml.keySet())) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                diagnostics.add(Diagnostic.warning(null, "`" + path + "`: unused manifest key: " + key, null, null));
            }
        }
        Map<String, Object> pkgTable = table(toml, "package", "package");
        if (pkgTable == null) {
            pkgTable = table(toml, "project", "project");
        }
        PackageSection pkg = pkgTable == null ? null : packageSection(pkgTable);
        TargetSpec lib = toml.containsKey("lib") ? libTarget(toml) : null;
        List<TargetSpec> bins = targetArray(toml, "bin");
        List<TargetSpec> tests = targetArray(toml, "test");
        List<DependencySpec> deps = dependencyTable(toml, "dependencies", "dependencies");
        List<DependencySpec> devDeps = dependencyTable(toml, "dev-dependencies", "dev-dependencies");
        if (devDeps.isEmpty()) {
            devDeps = dependencyTable(toml, "dev_dependencies", "dev_dependencies");
        }
        checkPlatformDependencies(toml);
        Map<String, List<String>> features = features(toml);
        WorkspaceSection workspace = toml.containsKey("workspace") ? workspaceSection(toml) : null;
        if (pkg == null && workspace == null && read.error() == null) {
            error("manifest is missing either a `[package]` or a `[workspace]`");
        }
        return new Manifest(path, pkg, lib, bins, tests, deps, devDeps, features, workspace, diagnostics);
    }

    private PackageSection packageSection(Map<String, Object> table) {
        Set<String> inherited = new HashSet<>();
        String name = string(table, "name", "package.name", null);
        if (name == null) {
            error("missing field `name` in `[package]`");
        } else {
            checkPackageName(name);
        }
        String version = string(table, "version", "package.version", inherited);
        String edition = string(table, "edition", "package.edition", inherited);
        if (edition != null && !EDITIONS.contains(edition)) {
            error(unknownEdition(edition));
            edition = null;
        }
        boolean autolib = bool(table, "autolib", "package.autolib", true);
        Boolean autobins = table.get("autobins") instanceof Boolean b ? b : null;
        Boolean autotests = table.get("autotests") instanceof Boolean b ? b : null;
        String build = null;
        boolean autobuild = true;
        Object buildValue = table.get("build");
        if (buildValue instanceof String s) {
            build = s;
        } else if (buildValue instanceof Boolean b) {
            autobuild = b;
        } else if (buildValue != null) {
            error("`package.build` must be a path or a boolean");
        }
        String defaultRun = string(table, "default-run", "package.default-run", null);
        return new PackageSection(
                name == null ? "" : name,
                version == null ? "0.0.0" : version,
                edition == null ? DEFAULT_EDITION : edition,
                inherited,
                autolib,
                autobins,
                autotests,
                build,
                autobuild,
                defaultRun);
    }

    static String unknownEdition(String edition) {
        return "supported edition values are `2015`, `2018`, `2021`, or `2024`, but `" + edition + "` is unknown";
    }

    private void checkPackageName(String name) {
        if (name.isEmpty()) {
            error("package name cannot be empty");
            return;
        }
        if (Character.isDigit(name.charAt(0))) {
            error("invalid character `" + name.charAt(0) + "` in package name: `" + name
                    + "`, the name cannot start with a digit");
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                error("invalid character `" + c + "` in package name: `" + name
                        + "`, characters must be Unicode XID characters (numbers, `-`, `_`, or most letters)");
                return;
            }
        }
    }

    private TargetSpec libTarget(Map<String, Object> toml) {
        Map<String, Object> table = table(toml, "lib", "lib");
        return table == null ? null : target(table, "lib", false);
    }

    private List<TargetSpec> targetArray(Map<String, Object> toml, String key) {
        Object value = toml.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> array) || !allOfType(array, Map.class)) {
            error("`" + key + "` must be an array of tables (`[[" + key + "]]`)");
            return List.of();
        }
        var targets = new ArrayList<TargetSpec>();
        for (int i = 0; i < array.size(); i++) {
            var target = target(asTable(array.get(i)), key, true);
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    private TargetSpec target(Map<String, Object> table, String kind, boolean nameRequired) {
        String where = nameRequired ? "[[" + kind + "]]" : "[" + kind + "]";
        String name = string(table, "name", where + " name", null);
        if (name == null && nameRequired) {
            error(kind + " target names cannot be empty (missing field `name` in `" + where + "`)");
            return null;
        }
        if (name != null && name.isEmpty()) {
            error(kind + " target names cannot be empty");
            return null;
        }
        String targetPath = string(table, "path", where + " path", null);
        String edition = string(table, "edition", where + " edition", null);
        if (edition != null && !EDITIONS.contains(edition)) {
            error(unknownEdition(edition));
            edition = null;
        }
        boolean harness = bool(table, "harness", where + " harness", true);
        boolean procMacro = bool(table, "proc-macro", where + " proc-macro", false)
                || bool(table, "proc_macro", where + " proc_macro", false);
        List<String> requiredFeatures = stringArray(table, "required-features", where + " required-features");
        return new TargetSpec(name, targetPath, edition, harness, procMacro, requiredFeatures);
    }

    private List<DependencySpec> dependencyTable(Map<String, Object> owner, String key, String where) {
        Map<String, Object> table = table(owner, key, where);
        if (table == null) {
            return List.of();
        }
        var deps = new ArrayList<DependencySpec>();
        for (String depKey : sorted(table.keySet())) {
            var dep = dependency(depKey, table.get(depKey), where);
            if (dep != null) {
                deps.add(dep);
            }
        }
        return deps;
    }

    private DependencySpec dependency(String key, Object value, String where) {
        String display = TomlInline.entry(key, value);
        if (value instanceof String version) {
            return new DependencySpec(key, key, DependencySource.REGISTRY, null, version, null, false, false, true,
                    List.of(), display);
        }
        if (!(value instanceof Map<?, ?>)) {
            error("invalid type for dependency `" + key + "` in `[" + where
                    + "]`: expected a version string like \"0.9.8\" or a detailed dependency like "
                    + "{ version = \"0.9.8\" }");
            return null;
        }
        Map<String, Object> spec = asTable(value);
        String context = where + "." + key;
        String depPath = string(spec, "path", context + ".path", null);
        String version = string(spec, "version", context + ".version", null);
        String git = string(spec, "git", context + ".git", null);
        String registry = string(spec, "registry", context + ".registry", null);
        String pkgName = string(spec, "package", context + ".package", null);
        boolean optional = bool(spec, "optional", context + ".optional", false);
        boolean defaultFeatures = spec.containsKey("default-features")
                ? bool(spec, "default-features", context + ".default-features", true)
                : bool(spec, "default_features", context + ".default_features", true);
        List<String> features = stringArray(spec, "features", context + ".features");
        boolean fromWorkspace = bool(spec, "workspace", context + ".workspace", false);
        DependencySource source;
        if (fromWorkspace) {
            source = DependencySource.WORKSPACE;
            if (depPath != null || version != null || git != null || registry != null || pkgName != null) {
                error("dependency (" + key + ") specified with `workspace = true` cannot also specify "
                        + "`path`, `version`, `git`, `registry` or `package`");
            }
        } else if (depPath != null) {
            source = DependencySource.PATH;
        } else if (git != null) {
            source = DependencySource.GIT;
        } else {
            source = DependencySource.REGISTRY;
        }
        return new DependencySpec(key, pkgName == null ? key : pkgName, source, depPath, version, git,
                pkgName != null, optional, defaultFeatures, features, display);
    }

    private void checkPlatformDependencies(Map<String, Object> toml) {
        Map<String, Object> targets = table(toml, "target", "target");
        if (targets == null) {
            return;
        }
        for (String platform : sorted(targets.keySet())) {
            if (!(targets.get(platform) instanceof Map<?, ?> platformTable)) {
                continue;
            }
            for (String kind : List.of("dependencies", "dev-dependencies", "build-dependencies")) {
                if (platformTable.get(kind) instanceof Map<?, ?> deps && !deps.isEmpty()) {
                    error("platform-specific dependencies (`[target.'" + platform + "']." + kind
                            + "`) are not supported by brisk");
                }
            }
        }
    }

    private Map<String, List<String>> features(Map<String, Object> toml) {
        Map<String, Object> table = table(toml, "features", "features");
        var features = new TreeMap<String, List<String>>();
        if (table == null) {
            return features;
        }
        for (String feature : sorted(table.keySet())) {
            features.put(feature, List.copyOf(stringArray(table, feature, "features." + feature)));
        }
        return features;
    }

    private WorkspaceSection workspaceSection(Map<String, Object> toml) {
        Map<String, Object> table = table(toml, "workspace", "workspace");
        if (table == null) {
            return new WorkspaceSection(List.of(), List.of(), Map.of(), Map.of());
        }
        List<String> members = stringArray(table, "members", "workspace.members");
        List<String> exclude = stringArray(table, "exclude", "workspace.exclude");
        var packageKeys = new LinkedHashMap<String, String>();
        Map<String, Object> pkg = table(table, "package", "workspace.package");
        if (pkg != null) {
            for (String key : sorted(pkg.keySet())) {
                if (pkg.get(key) instanceof String s) {
                    packageKeys.put(key, s);
                }
            }
            String edition = packageKeys.get("edition");
            if (edition != null && !EDITIONS.contains(edition)) {
                error(unknownEdition(edition));
                packageKeys.remove("edition");
            }
        }
        var deps = new LinkedHashMap<String, DependencySpec>();
        for (var dep : dependencyTable(table, "dependencies", "workspace.dependencies")) {
            if (dep.source() == DependencySource.WORKSPACE) {
                error("`workspace.dependencies." + dep.key() + "` cannot itself inherit with `workspace = true`");
            } else {
                deps.put(dep.key(), dep);
            }
        }
        return new WorkspaceSection(members, exclude, packageKeys, deps);
    }

    // ---- typed field access: a wrong type is a diagnostic, and the field reads as absent ----

    /**
     * A string field; {@code { workspace = true }} in its place is recorded in {@code inherited} when that
     * set is given (package keys), and reads as null.
     */
    private String string(Map<String, Object> table, String key, String what, Set<String> inherited) {
        Object value = table.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (inherited != null && value instanceof Map<?, ?> t && Boolean.TRUE.equals(t.get("workspace"))) {
            inherited.add(key);
            return null;
        }
        error("invalid type for `" + what + "`: expected a string");
        return null;
    }

    private boolean bool(Map<String, Object> table, String key, String what, boolean absent) {
        Object value = table.get(key);
        if (value == null) {
            return absent;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        error("invalid type for `" + what + "`: expected a boolean");
        return absent;
    }

    private List<String> stringArray(Map<String, Object> table, String key, String what) {
        Object value = table.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> array && allOfType(array, String.class)) {
            var strings = new ArrayList<String>(array.size());
            for (int i = 0; i < array.size(); i++) {
                strings.add((String) array.get(i));
            }
            return strings;
        }
        error("invalid type for `" + what + "`: expected an array of strings");
        return List.of();
    }

    private Map<String, Object> table(Map<String, Object> owner, String key, String what) {
        Object value = owner.get(key);
        if (value == null || value instanceof Map<?, ?>) {
            return asTable(value);
        }
        error("invalid type for `" + what + "`: expected a table");
        return null;
    }

    private void error(String cause) {
        diagnostics.add(Diagnostic.error(null, "failed to parse manifest at `" + path + "`: " + cause, null, null));
    }

    /** TOML tables from {@link TomlReader} are always string-keyed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asTable(Object value) {
        return (Map<String, Object>) value;
    }

    private static boolean allOfType(List<?> array, Class<?> type) {
        for (int i = 0; i < array.size(); i++) {
            if (!type.isInstance(array.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sorted(Set<String> keys) {
        var list = new ArrayList<>(keys);
        list.sort(null);
        return list;
    }
}
