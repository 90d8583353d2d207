package brisk.project;

/**
 * An edge of the crate graph: {@code crate} is visible to the dependent crate as {@code externName}
 * (the name used in paths, as with {@code rustc --extern externName=...}).
 */
public record Dependency(String externName, CrateId crate) {}
