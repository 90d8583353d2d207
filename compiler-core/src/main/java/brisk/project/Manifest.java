package brisk.project;

import brisk.diagnostics.Diagnostic;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code Cargo.toml}. Parsing never throws: malformed TOML or fields become {@link #diagnostics()}
 * and the rest of the manifest is still read as far as it makes sense.
 *
 * @param path            the manifest path as given to {@link #parse}, used in messages
 * @param pkg             the {@code [package]} table, null for a virtual (workspace-only) manifest
 * @param lib             the {@code [lib]} table, null when absent
 * @param bins            {@code [[bin]]} entries in file order
 * @param tests           {@code [[test]]} entries in file order
 * @param dependencies    {@code [dependencies]} sorted by key
 * @param devDependencies {@code [dev-dependencies]} sorted by key
 * @param features        the {@code [features]} table: feature name to what it enables, as written
 * @param workspace       the {@code [workspace]} table, null when absent
 */
public record Manifest(
        String path,
        PackageSection pkg,
        TargetSpec lib,
        List<TargetSpec> bins,
        List<TargetSpec> tests,
        List<DependencySpec> dependencies,
        List<DependencySpec> devDependencies,
        Map<String, List<String>> features,
        WorkspaceSection workspace,
        List<Diagnostic> diagnostics) {

    public Manifest {
        bins = List.copyOf(bins);
        tests = List.copyOf(tests);
        dependencies = List.copyOf(dependencies);
        devDependencies = List.copyOf(devDependencies);
        features = ImmutableSortedMap.copyOf(features);
        diagnostics = List.copyOf(diagnostics);
    }

    public static Manifest parse(String path, String tomlText) {
        return new ManifestParser(path).parse(tomlText);
    }

    public boolean isVirtual() {
        return pkg == null;
    }
}
