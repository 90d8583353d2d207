package brisk.project;

import java.util.List;

/**
 * An explicitly written target: the {@code [lib]} table or one {@code [[bin]]} / {@code [[test]]} entry.
 * Absent keys are null; {@link CrateGraphBuilder} infers them the way cargo does.
 *
 * @param harness   {@code harness = false} marks a test with its own {@code main}
 * @param procMacro {@code proc-macro = true} on {@code [lib]}
 * @param requiredFeatures {@code required-features}: the target is skipped unless all are enabled
 */
public record TargetSpec(String name, String path, String edition, boolean harness, boolean procMacro,
        List<String> requiredFeatures) {

    public TargetSpec {
        requiredFeatures = List.copyOf(requiredFeatures);
    }
}
