package brisk.project;

import java.util.List;

/**
 * One crate (one rustc invocation in cargo terms) of the workspace.
 *
 * @param name        crate name as rustc sees it: the target name with {@code -} replaced by {@code _}
 * @param packageName the cargo package the target belongs to
 * @param rootFile    workspace-relative path of the crate root, {@code /}-separated ({@code c00/src/lib.rs})
 * @param packageDir  workspace-relative package directory ({@code c00}, or {@code ""} for the root)
 * @param edition     {@code 2015}, {@code 2018}, {@code 2021} or {@code 2024}
 * @param deps        extern crates in extern-name order; a bin or test sees its package's lib first-class here
 * @param features    enabled cargo features of the package, sorted; each is {@code cfg(feature = "...")}
 * @param harness     for a TEST crate: compiled with the libtest harness ({@code false} means it has its own
 *                    {@code main}); always {@code true} for LIB and BIN
 */
public record CrateData(
        CrateId id,
        String name,
        String packageName,
        TargetKind kind,
        String rootFile,
        String packageDir,
        String edition,
        List<Dependency> deps,
        List<String> features,
        boolean harness) {

    public CrateData {
        deps = List.copyOf(deps);
        features = List.copyOf(features);
    }
}
