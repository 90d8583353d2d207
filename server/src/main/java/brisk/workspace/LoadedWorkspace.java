package brisk.workspace;

import brisk.diagnostics.Diagnostic;
import brisk.project.CrateGraph;
import brisk.project.Manifest;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What {@link WorkspaceLoader#load} returns: a workspace read from disk, or a usage error (a path that
 * names no project at all), which the CLI reports with exit code 2.
 */
public sealed interface LoadedWorkspace {

    /**
     * A loaded workspace. Problems inside it (bad manifests, registry dependencies, unreadable files) are
     * {@link #diagnostics()}, never exceptions.
     *
     * @param root        absolute directory every workspace-relative path is relative to: the workspace root,
     *                    or the common ancestor of the package and its out-of-tree path dependencies
     * @param graph       the crate graph
     * @param manifests   package (or virtual workspace) directory ({@code ""}, {@code "c00"}) to manifest
     * @param members     directories of the workspace members; other packages are path dependencies
     * @param files       workspace-relative {@code .rs} path ({@code c00/src/m0.rs}) to its text, for every file
     *                    under each package's {@code src/}, {@code tests/}, {@code examples/} (plus explicit
     *                    target roots elsewhere and {@code build.rs}); {@code CrateGraphBuilder.build(manifests,
     *                    members, files.keySet())} reproduces {@code graph}, except for a single {@code .rs} file
     *                    (no manifest: one BIN crate named after the file, edition 2024 as cargo-script)
     * @param diagnostics member-discovery, manifest, graph and file-reading diagnostics, in that order
     */
    record Loaded(
            Path root,
            CrateGraph graph,
            SortedMap<String, Manifest> manifests,
            SortedSet<String> members,
            SortedMap<String, String> files,
            List<Diagnostic> diagnostics) implements LoadedWorkspace {

        public Loaded {
            manifests = ImmutableSortedMap.copyOfSorted(manifests);
            members = ImmutableSortedSet.copyOfSorted(members);
            files = ImmutableSortedMap.copyOfSorted(files);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** The path given names no workspace, package or {@code .rs} file; {@code message} says why. */
    record UsageError(String message) implements LoadedWorkspace {}
}
