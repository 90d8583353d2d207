/**
 * The persistent query cache of {@code brisk check}: file I/O around {@code brisk.db}'s save/load.
 *
 * <h2>Codemap</h2>
 * {@link brisk.cache.QueryCache} reads and atomically writes {@code <workspace>/target/brisk/db.bin};
 * {@link brisk.cache.BriskSchema} says which inputs and queries are persisted, with which key and value
 * codecs, and how syntax trees are fingerprinted. The format and the validation algorithm are documented in
 * {@code brisk.db} (package documentation and {@code Persistence}).
 *
 * <h2>Invariants</h2>
 * A cache is only ever an optimization: any file that is missing, truncated, corrupt, from another brisk
 * version or another schema is ignored and overwritten after the check. Load before setting inputs, save
 * after every snapshot is closed.
 */
package brisk.cache;
