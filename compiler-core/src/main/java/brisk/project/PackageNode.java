package brisk.project;

import java.util.List;

/**
 * A package of the workspace during graph building, with its dependencies resolved to package
 * directories. Internal to {@link CrateGraphBuilder}.
 *
 * @param member   a workspace member (all its targets are built); other packages contribute only their lib
 * @param normal   {@code [dependencies]}
 * @param dev      {@code [dev-dependencies]}; empty for non-members, as cargo never builds their tests
 */
record PackageNode(String dir, Manifest manifest, String edition, boolean member, List<Edge> normal,
        List<Edge> dev) {

    String name() {
        return manifest.pkg().name();
    }

    /**
     * One dependency entry after workspace inheritance.
     *
     * @param targetDir the depended-on package's directory, null when it cannot be used ({@code problem} says why)
     * @param problem   the error to report if this edge turns out to be active (optional deps may stay off)
     */
    record Edge(DependencySpec spec, String targetDir, String problem) {}
}
