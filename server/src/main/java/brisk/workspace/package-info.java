/**
 * The I/O side of the Cargo front end: reads a project from disk and hands texts to {@code brisk.project}.
 *
 * <p>{@link brisk.workspace.WorkspaceLoader#load} accepts a workspace directory, a package directory, a
 * {@code Cargo.toml} or a lone {@code .rs} file (one BIN crate, cargo-script style) and returns a
 * {@link brisk.workspace.LoadedWorkspace}: either {@code Loaded} (root directory, crate graph, manifests by
 * package directory, member set, every {@code .rs} text by workspace-relative path, diagnostics) or
 * {@code UsageError} for a path that names no project (the CLI exits with 2). Workspace members are expanded
 * from globs honouring {@code exclude} ({@link brisk.workspace.MemberGlobs}); path dependencies are followed
 * recursively wherever they live, and the root becomes the common ancestor of everything loaded. Sources are
 * the {@code .rs} files under each package's {@code src/}, {@code tests/}, {@code examples/}, skipping
 * {@code target/} and hidden directories ({@link brisk.workspace.SourceFiles}); invalid UTF-8 is replaced and
 * warned about. Invariants: the result is deterministic (sorted maps, sorted members) and self-consistent —
 * {@code CrateGraphBuilder.build(manifests, members, files.keySet())} reproduces the graph — so the query
 * database can take manifests and files as inputs and recompute the graph itself. No cargo rule lives here.
 */
package brisk.workspace;
