package brisk.project;

import java.util.List;

/**
 * One entry of {@code [dependencies]}, {@code [dev-dependencies]} or {@code [workspace.dependencies]}.
 *
 * @param key             the table key: the extern name (with {@code -} as {@code _}) when {@code package} renames
 * @param packageName     the package depended on: {@code package = "..."} or else the key
 * @param path            for PATH: the path as written, relative to the manifest's directory; else null
 * @param version         version requirement as written, or null
 * @param git             for GIT: the repository URL; else null
 * @param renamed         whether {@code package = "..."} was given (the extern name is then the key)
 * @param defaultFeatures false for {@code default-features = false}
 * @param features        features requested of the dependency, as written
 * @param display         the entry as TOML ({@code serde = "1"}), for messages
 */
public record DependencySpec(
        String key,
        String packageName,
        DependencySource source,
        String path,
        String version,
        String git,
        boolean renamed,
        boolean optional,
        boolean defaultFeatures,
        List<String> features,
        String display) {

    public DependencySpec {
        features = List.copyOf(features);
    }
}
