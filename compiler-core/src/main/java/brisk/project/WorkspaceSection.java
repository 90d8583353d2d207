package brisk.project;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code [workspace]} table.
 *
 * @param members      member directories or globs ({@code crates/*}), relative to the workspace root
 * @param exclude      directories excluded from glob-expanded members
 * @param packageKeys  {@code [workspace.package]} string values members may inherit ({@code edition}, {@code version})
 * @param dependencies {@code [workspace.dependencies]} by key; their paths are relative to the workspace root
 */
public record WorkspaceSection(
        List<String> members,
        List<String> exclude,
        Map<String, String> packageKeys,
        Map<String, DependencySpec> dependencies) {

    public WorkspaceSection {
        members = List.copyOf(members);
        exclude = List.copyOf(exclude);
        packageKeys = ImmutableSortedMap.copyOf(packageKeys);
        dependencies = ImmutableSortedMap.copyOf(dependencies);
    }
}
