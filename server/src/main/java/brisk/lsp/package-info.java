/**
 * The language server ({@code brisk lsp}): LSP 3.17 over stdio with LSP4J, on the same
 * {@link brisk.host.AnalysisHost} query database as {@code brisk check}.
 *
 * <h2>Codemap</h2>
 * Start with {@link brisk.lsp.BriskLanguageServer} (lifecycle, capabilities) and {@code Session} (the
 * projects, the open buffers, the threads). {@code BriskTextDocumentService} and
 * {@code BriskWorkspaceService} translate protocol messages; {@code Requests} wraps every request
 * (errors become responses plus a log message, edits mid-request become ContentModified).
 * {@code DiagnosticsPublisher} is the as-you-type loop over {@code ProjectDiagnostics} (the check
 * query of every crate with {@code cfg(test)}) and {@code DiagnosticConverter}. {@code Navigator}
 * finds what a name refers to ({@code BodyResolution} for body paths, {@code ItemScope} otherwise),
 * {@code TargetSites} where it is and how it reads ({@code SignatureRenderer}).
 * {@code Navigator} also reads type inference for field accesses, struct literal fields, method calls
 * and literals ({@code CursorTarget.Field}, {@code CursorTarget.Expression}); hover shows locals with
 * their inferred types. {@code DocumentSymbols} and {@code CodeLenses} read the item tree and source
 * map; {@code TestCatalog} names every {@code #[test]} fn as libtest does (module path + name), for the
 * lenses and {@code brisk/listTests} ({@code BriskProtocol}, {@code TestInfo}). {@code ProgramRunner}
 * executes {@code brisk.run} / {@code brisk.runTest}: checks, builds with {@link brisk.build.BuildService}
 * on a snapshot of the project's database (only changed class files are rewritten), then runs the
 * program in a child JVM ({@code ChildRun}: output captured, time limit, killed on cancel or shutdown)
 * on a request thread, never the analysis thread. {@code Project}
 * is one loaded workspace with its host; {@code ProjectView} one snapshot of it. {@code LineMap}
 * converts LSP positions (UTF-16) to the compiler's UTF-8 byte offsets and back.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Only the protocol thread writes database inputs, and it never holds a snapshot. Readers
 *       (requests, the analysis thread) open a {@code ProjectView} on their own thread and read the
 *       file set, crate graph and texts from that snapshot, so they see one consistent revision.
 *   <li>An open buffer's text is the input for its file; on close the disk's text is read back.
 *   <li>A write cancels running readers ({@code brisk.db.Cancelled}): the analysis drops its result,
 *       a request answers ContentModified. Analyses run one at a time in order, and one that ends
 *       after a newer input change publishes nothing, so stale diagnostics never replace fresh ones.
 *   <li>The server writes one thing: a copy of brisk's bundled std under a Cargo workspace's
 *       {@code target/brisk/std/} ({@code StdSources}), so go-to-definition can open it.
 * </ul>
 */
package brisk.lsp;
