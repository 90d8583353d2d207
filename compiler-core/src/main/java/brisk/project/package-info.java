/**
 * The Cargo front end, pure: manifests and the crate graph, computed from texts and a list of file paths
 * handed in (no file-system access; {@code brisk.workspace} in the server does the I/O).
 *
 * <p>{@link brisk.project.Manifest#parse} reads one {@code Cargo.toml} into a value (package, explicit targets,
 * dependencies by source kind, features, {@code [workspace]}) and never throws: malformed TOML or fields become
 * diagnostics naming the manifest. TOML itself is read by {@link brisk.project.TomlReader}, a small hand-written
 * TOML 1.0 parser (a generated parser's warm-up cost more than loading a whole workspace).
 * {@link brisk.project.CrateGraphBuilder#build} takes every manifest of the workspace (by package directory),
 * the member set and the existing file paths, and produces the {@link brisk.project.CrateGraph}: one
 * {@link brisk.project.CrateData} per lib/bin/test target, with cargo's target inference
 * ({@link brisk.project.TargetDiscovery}), workspace inheritance, feature unification
 * ({@link brisk.project.FeatureResolver}) and extern names ({@code -} becomes {@code _}, {@code package = ...}
 * renames).
 *
 * <p>Invariants: paths are workspace-relative with {@code /} separators ({@link brisk.project.ProjectPaths});
 * crate order is deterministic (package name, then lib, bins, tests by name) and ids are indexes in that order;
 * the graph is acyclic (an edge closing a cycle is reported and dropped); only packages reached from the
 * members through active (non-optional or feature-enabled) edges are built, and non-members contribute only
 * their lib; every value is an immutable record with structural equality so the query database can backdate
 * on it. Only path dependencies are buildable: registry/git dependencies, build scripts, proc-macro libs and
 * platform-specific dependency tables are errors naming them.
 *
 * <p>Start reading at {@link brisk.project.CrateGraphBuilder#build}.
 */
package brisk.project;
