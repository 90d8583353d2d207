package brisk.project;

/** Where a dependency comes from. brisk builds only PATH dependencies; it has no registry or git access. */
public enum DependencySource {
    /** {@code { path = "../x" }}. */
    PATH,
    /** {@code "1.0"}, {@code { version = "1" }}, {@code { registry = ... }}. */
    REGISTRY,
    /** {@code { git = "https://..." }}. */
    GIT,
    /** {@code { workspace = true }}: the spec lives in the workspace root's {@code [workspace.dependencies]}. */
    WORKSPACE
}
