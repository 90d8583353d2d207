package brisk.project;

import java.util.Set;

/**
 * The {@code [package]} table of a manifest, with cargo's defaults applied.
 *
 * @param version   {@code 0.0.0} when absent (cargo 1.75+)
 * @param edition   {@code 2015} when absent, as cargo
 * @param inherited keys written as {@code key.workspace = true}: their values come from the workspace
 *                  root's {@code [workspace.package]} (resolved by {@link CrateGraphBuilder})
 * @param autobins  {@code autobins} as written, null when absent (the default then depends on the edition)
 * @param autotests {@code autotests} as written, null when absent
 * @param build     explicit build script path, or null
 * @param autobuild false when {@code build = false}; otherwise a {@code build.rs} next to the manifest is a
 *                  build script
 * @param defaultRun {@code default-run}: the bin {@code cargo run} picks among several, or null
 */
public record PackageSection(
        String name,
        String version,
        String edition,
        Set<String> inherited,
        boolean autolib,
        Boolean autobins,
        Boolean autotests,
        String build,
        boolean autobuild,
        String defaultRun) {

    public PackageSection {
        inherited = Set.copyOf(inherited);
    }

    public boolean inherits(String key) {
        return inherited.contains(key);
    }
}
