/**
 * The salsa-style incremental query database every compiler phase runs in.
 *
 * <h2>Codemap</h2>
 * Start with {@link brisk.db.Database} (inputs, revisions, the reader/writer gate) and
 * {@link brisk.db.Snapshot} (the read view). The algorithm is in {@code DerivedSlot} ({@code fetch},
 * {@code refresh}, {@code deepVerify}); a running query's frame and recorded reads in {@code ActiveQuery};
 * cycle handling in {@code Cycles} (same thread) and {@code WaitGraph} (blocking and cross-thread cycles).
 * Phases declare their {@link brisk.db.Input}s and {@link brisk.db.Query}s as constants and read through
 * the {@link brisk.db.QueryContext} they are given. {@link brisk.db.QueryStats} exposes per-query counters
 * for tests and {@code --stats}.
 *
 * <h2>Data</h2>
 * <ul>
 *   <li>An input slot (one input, one key) holds a value, the revision it last changed ({@code changedAt})
 *       and a {@link brisk.db.Durability}. Unset keys read as absent with durability LOW.
 *   <li>A derived slot (one query, one key) holds a {@code Memo}: value, the dependencies read (in order,
 *       deduplicated), {@code changedAt}, {@code verifiedAt} and the minimum durability of the dependencies.
 *       Memos are immutable plain data, replaced as a whole; a dependency is its ingredient name plus key,
 *       which is how memos are persisted (below).
 *   <li>The database keeps the current revision and, per durability level D, {@code lastChanged[D]}: the last
 *       revision in which an input of durability D or higher changed.
 * </ul>
 *
 * <h2>Algorithm (red-green)</h2>
 * {@code set} of a value that differs from the stored one (or has another durability) bumps the revision R,
 * sets the slot's {@code changedAt = R}, and sets {@code lastChanged[d] = R} for every level d up to the higher
 * of the old and new durability (a memo that read the old value inherited the old durability). Reading a
 * derived (query, key) at revision R:
 * <ol>
 *   <li>memo {@code verifiedAt == R}: return it (no counter, no allocation);
 *   <li>durability shortcut: {@code lastChanged[memo.durability] <= memo.verifiedAt}: nothing the memo can
 *       depend on changed; mark verified, count {@code reused}. A LOW edit therefore never walks memos that
 *       read only HIGH inputs;
 *   <li>deep verify: walk the dependencies in order; an input dep is current as stored, a derived dep is
 *       brought up to date recursively (which may re-execute it). If every dep's {@code changedAt <=
 *       memo.verifiedAt}, mark verified (recomputing the memo's durability), count {@code reused}. Walking
 *       in order matters: a dep is only looked at if all earlier deps were unchanged, i.e. if the
 *       computation would really have reached it;
 *   <li>otherwise execute; if the new value {@code equals} the old one, keep the old {@code changedAt}
 *       (backdate, count {@code backdated}) so dependents stay green (early cutoff), else
 *       {@code changedAt = R}.
 * </ol>
 *
 * <h2>Persistence (across processes)</h2>
 * {@link brisk.db.Database#save} writes, and {@link brisk.db.Database#load} reads into a new database, the
 * ingredients a {@link brisk.db.PersistSchema} lists (the format is in {@code Persistence}: header with
 * format version, producer version and a fingerprint of the schema's names and codec shapes, then four
 * CRC-32-checked sections). Salsa-style:
 * <ul>
 *   <li>Inputs are stored as (key, {@link brisk.db.Fingerprint} of the value, changedAt, durability), never
 *       the value. After a load the host sets every input as usual: a value whose fingerprint and durability
 *       match is installed with its old {@code changedAt} and no revision bump; any other value is an
 *       ordinary change. Loaded inputs not set again by the first {@code snapshot()} are removed (a change).
 *   <li>Memos are stored as (query, key, dependencies, changedAt, verifiedAt, durability, value fingerprint)
 *       plus the value itself when the query has a value {@link brisk.db.Codec}. Revisions and
 *       {@code lastChanged} are restored as saved, so the algorithm above runs unchanged: with no input
 *       changed the revision stays and every memo is already verified; after an edit, deep verification
 *       walks the loaded dependency lists.
 *   <li>A memo loaded without its value can be verified green; when its value is requested it is
 *       recomputed and keeps its {@code changedAt} (counted as executed; dependents are not invalidated).
 *       When it re-executes because a dependency changed, the new value's fingerprint is compared with the
 *       persisted one to backdate, so early cutoff works across processes without storing values.
 *   <li>{@link brisk.db.Fingerprinter}: a stable 128-bit structural hash (records by components, enums by
 *       name, lists in order, sets and maps order-independently, plus {@link brisk.db.FingerprintRule}s for
 *       other classes); {@code hashCode} is never used. A value it cannot hash has no fingerprint and is
 *       never backdated across processes; an input it cannot hash is not persisted, nor are memos reading it.
 *   <li>A memo is persisted only if its key and every dependency's key have a codec. Anything malformed
 *       (bounds, checksums, indexes, revision order, version, schema) rejects the whole file before anything
 *       is installed: a cache is never trusted, only used.
 * </ul>
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Keys and values are immutable and have value {@code equals}/{@code hashCode}; compute functions are
 *       pure functions of what they read through their context. Everything else rests on this.
 *   <li>{@code changedAt <= verifiedAt <= current revision} for every memo.
 *   <li>A memo's durability is at most the durability of each of its dependencies as last verified.
 *   <li>Inputs and the revision change only while no snapshot is open, so one snapshot sees one revision.
 *   <li>A slot's memo is replaced only by the frame holding its claim; at most one frame claims a slot.
 *   <li>A computation that ends in an exception ({@link brisk.db.Cancelled}, {@link brisk.db.CycleError}, a
 *       bug) stores no memo; the old memo, if any, stays for the next revision to revalidate.
 * </ul>
 *
 * <h2>Threading rules</h2>
 * <ul>
 *   <li>Readers hold a {@link brisk.db.Snapshot}; a writer raises a pending-write flag (running computations
 *       throw {@link brisk.db.Cancelled} at their next read or {@code checkCancelled}, new snapshots wait),
 *       waits until every snapshot is closed, applies the write, bumps the revision, lowers the flag. Catch
 *       {@code Cancelled} at request boundaries only, and always close snapshots (try-with-resources).
 *   <li>Never write while holding a snapshot on the same thread: the thread that opened a snapshot holds it
 *       until it is closed, and a thread inside a read holds one too. {@code set}/{@code remove} detect this
 *       and throw {@link java.lang.IllegalStateException} instead of deadlocking. To hand a request to a
 *       worker, open the snapshot on the worker.
 *   <li>Several threads may read through one snapshot (e.g. a ForkJoinPool over function bodies). A slot is
 *       claimed (CAS) by the frame computing it; a second thread asking for it blocks until it is released,
 *       then takes the memo, so each (query, key) is computed once per revision.
 *   <li>A compute function uses its context only on its own thread and only until it returns, never reads
 *       through a snapshot or the database (that would hide dependencies; it is detected), and must not
 *       block on tasks that could run other queries of the same database on its thread (work stealing would
 *       re-enter the database under a claim).
 * </ul>
 *
 * <h2>Cycles</h2>
 * A same-thread cycle is a request for a slot claimed by a frame on the requester's chain of callers. The
 * participants are the frames from that one up to the requester. Every participant whose query has a
 * {@link brisk.db.CycleRecovery} is marked and ends with its recovery value as its memo, with the reads of
 * all participants (minus the participants themselves) as dependencies, so an edit that breaks the cycle
 * invalidates it. The stack unwinds (without memos) down to the innermost marked participant; the outer
 * ones finish their computations, so participants without recovery get values computed from the recovered
 * ones. So for a given cycle the memos do not depend on which participant was requested first. Without
 * any recovery a {@link brisk.db.CycleError} propagates to the top and no participant stores a memo.
 *
 * <p>A cross-thread cycle (A's thread waits for B's, which waits for A's) is found by following wait-for
 * edges before blocking; the thread that closes it releases the frame the other thread waits for and
 * retries once that thread is done, so the cycle reappears on a single thread and the rules above apply.
 * Neither case can overflow the stack or deadlock.
 */
package brisk.db;
