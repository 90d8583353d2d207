package brisk.db;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The incremental query database: input values, memoized query results, the revision counter and the
 * reader/writer protocol. Reads go through a {@link Snapshot}; writes ({@link #set}, {@link #remove}) wait
 * until every snapshot is closed, cancelling their computations first. See the package documentation for
 * the algorithm and threading rules.
 */
public final class Database {
    private static final int DURABILITY_LEVELS = Durability.values().length;

    /** Tables indexed by ingredient id; copy-on-write under {@code this}, so reads need no lock. */
    private volatile Object[] tables = new Object[64];
    /** Ingredient name to ingredient, to reject two ingredients with one name. Guarded by {@code this}. */
    private final Map<String, Object> ingredientsByName = new HashMap<>();

    private volatile long revision = 1;
    /**
     * {@code lastChanged[d]}: the last revision in which an input of durability {@code d} or higher changed.
     * Written only by a writer while no snapshot is open; the gate lock orders it before every later read.
     */
    private final long[] lastChanged = new long[DURABILITY_LEVELS];

    /** Raised by a writer: running computations throw {@link Cancelled} at their next checked point. */
    private volatile boolean pendingWrite;
    /** Serializes writers. */
    private final ReentrantLock writerLock = new ReentrantLock();
    /** Guards {@link #openSnapshots}; its condition signals snapshot close and write completion. */
    private final ReentrantLock gate = new ReentrantLock();
    private final Condition gateChanged = gate.newCondition();
    private int openSnapshots;

    /** Set by {@link #load}: compares recomputed values with persisted fingerprints. */
    private volatile Fingerprinter fingerprinter;
    /** Input slots loaded from disk whose value the host has not set yet; retired by the first snapshot. */
    private volatile java.util.List<InputSlot<?, ?>> loadedInputs = java.util.List.of();

    /** Set when an input changed or a memo was (re)computed since creation, the last load or save. */
    private volatile boolean modified;

    final WaitGraph waitGraph = new WaitGraph();
    private final ThreadLocal<ThreadState> threadStates = ThreadLocal.withInitial(ThreadState::new);

    /** What one thread holds in this database, to refuse operations that would deadlock. */
    static final class ThreadState {
        /** Snapshots opened by this thread and not yet closed (close may happen on another thread). */
        final AtomicInteger openedSnapshots = new AtomicInteger();
        /** Top-level snapshot reads in progress on this thread. */
        int activeReads;

        boolean holdsSnapshot() {
            return openedSnapshots.get() > 0 || activeReads > 0;
        }
    }

    public Database() {}

    /**
     * Sets {@code input} at {@code key}. A no-op if the key already has an equal value with the same
     * durability; otherwise cancels running computations, waits until every snapshot is closed, stores the
     * value and bumps the revision.
     *
     * @throws IllegalStateException if this thread holds an open snapshot of this database or is inside a
     *     read of one (waiting for it to close would deadlock)
     */
    public <K, V> void set(Input<K, V> input, K key, V value, Durability durability) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(durability, "durability");
        write(inputTable(input).slot(key), value, durability);
    }

    /** Removes {@code input} at {@code key}; like {@link #set}, a no-op if it has no value. */
    public <K, V> void remove(Input<K, V> input, K key) {
        write(inputTable(input).slot(key), null, Durability.LOW);
    }

    private void write(InputSlot<?, ?> slot, Object value, Durability durability) {
        if (threadStates.get().holdsSnapshot()) {
            throw new IllegalStateException("cannot write " + slot.describe()
                    + " on a thread that holds an open snapshot of this database: close it first");
        }
        writerLock.lock();
        try {
            InputRecord old = slot.record;
            Fingerprint loaded = slot.loadedFingerprint;
            if (loaded != null) {
                slot.loadedFingerprint = null;
                if (value != null && old.durability() == durability && loaded.equals(fingerprinter.of(value))) {
                    // The value the cache was built from: keep its revision, so loaded memos stay green.
                    restore(slot, new InputRecord(value, old.changedAt(), durability));
                    return;
                }
            }
            boolean unchanged = loaded == null && (value == null
                    ? !old.present()
                    : old.present() && old.durability() == durability && old.value().equals(value));
            if (unchanged) {
                return;
            }
            // Raise the flag before taking the gate: readers then stop opening snapshots and running
            // computations unwind, instead of out-competing this writer for the gate lock.
            pendingWrite = true;
            gate.lock();
            try {
                while (openSnapshots > 0) {
                    gateChanged.awaitUninterruptibly();
                }
                long next = revision + 1;
                // A memo that read the old value inherited the old durability: record the change at that level.
                Durability level = Durability.max(old.durability(), durability);
                for (int d = 0; d <= level.ordinal(); d++) {
                    lastChanged[d] = next;
                }
                slot.record = value == null ? InputRecord.removedAt(next) : new InputRecord(value, next, durability);
                revision = next;
                modified = true;
            } finally {
                pendingWrite = false;
                gateChanged.signalAll();
                gate.unlock();
            }
        } finally {
            writerLock.unlock();
        }
    }

    /** Installs {@code record} without a revision bump (no memo can have seen the slot's value yet). */
    private void restore(InputSlot<?, ?> slot, InputRecord record) {
        gate.lock();
        try {
            while (openSnapshots > 0) {
                gateChanged.awaitUninterruptibly();
            }
            slot.record = record;
        } finally {
            gate.unlock();
        }
    }

    /** Loaded inputs the host did not set again no longer exist: remove them (a change memos will see). */
    private void retireLoadedInputs() {
        writerLock.lock();
        try {
            for (InputSlot<?, ?> slot : loadedInputs) {
                if (slot.loadedFingerprint != null) {
                    write(slot, null, Durability.LOW);
                }
            }
            loadedInputs = java.util.List.of();
        } finally {
            writerLock.unlock();
        }
    }

    /**
     * Opens a read view at the current revision; waits while a write is pending (unless this thread already
     * holds a snapshot, in which case waiting would deadlock and the new snapshot is cancelled at once).
     */
    public Snapshot snapshot() {
        if (!loadedInputs.isEmpty()) {
            retireLoadedInputs();
        }
        ThreadState state = threadStates.get();
        boolean mustNotWait = state.holdsSnapshot();
        gate.lock();
        try {
            while (pendingWrite && !mustNotWait) {
                gateChanged.awaitUninterruptibly();
            }
            openSnapshots++;
            state.openedSnapshots.incrementAndGet();
            return new Snapshot(this, revision, state);
        } finally {
            gate.unlock();
        }
    }

    void closeSnapshot(ThreadState opener) {
        gate.lock();
        try {
            opener.openedSnapshots.decrementAndGet();
            if (--openSnapshots == 0) {
                gateChanged.signalAll();
            }
        } finally {
            gate.unlock();
        }
    }

    /** Convenience: opens a snapshot, reads {@code query} at {@code key}, closes the snapshot. */
    public <K, V> V get(Query<K, V> query, K key) {
        try (Snapshot snapshot = snapshot()) {
            return snapshot.get(query, key);
        }
    }

    /**
     * Serializes inputs and memos of every ingredient {@code schema} knows (see {@link Persistence} for the
     * format). Call with no snapshot open.
     *
     * @throws IllegalStateException if a snapshot is open
     */
    public byte[] save(PersistSchema schema) {
        writerLock.lock();
        try {
            gate.lock();
            try {
                if (openSnapshots > 0) {
                    throw new IllegalStateException("cannot save while a snapshot is open");
                }
                byte[] bytes = Persistence.encode(this, schema);
                modified = false;
                return bytes;
            } finally {
                gate.unlock();
            }
        } finally {
            writerLock.unlock();
        }
    }

    /**
     * Loads a database saved by {@link #save} into this new, never written database. Returns null on
     * success, else why the bytes were rejected (truncated, corrupt, other version or schema); a rejected
     * cache leaves this database untouched. After loading, set every input as usual: an input whose value
     * has the persisted fingerprint keeps its old revision; inputs not set before the first snapshot are
     * removed.
     */
    public String load(PersistSchema schema, byte[] bytes) {
        writerLock.lock();
        try {
            if (revision != 1 || !ingredientsByNameIsEmpty()) {
                throw new IllegalStateException("load needs a new database");
            }
            Persistence.Image image;
            try {
                image = Persistence.decode(schema, bytes);
            } catch (CorruptCacheException e) {
                return e.getMessage();
            } catch (RuntimeException e) {
                // A codec that rejects malformed data in its own way: still just a cache to ignore.
                return "undecodable cache: " + e;
            }
            fingerprinter = schema.fingerprinter();
            loadedInputs = image.install(this);
            System.arraycopy(image.lastChanged(), 0, lastChanged, 0, DURABILITY_LEVELS);
            revision = image.revision();
            modified = false;
            return null;
        } finally {
            writerLock.unlock();
        }
    }

    private synchronized boolean ingredientsByNameIsEmpty() {
        return ingredientsByName.isEmpty();
    }

    /**
     * Whether saving would write anything new: an input changed or a memo was computed since this database
     * was created, loaded or saved. (Recomputing the value of a memo loaded without one does not count.)
     */
    public boolean modifiedSinceLoadOrSave() {
        return modified;
    }

    void markModified() {
        if (!modified) {
            modified = true;
        }
    }

    Fingerprinter fingerprinter() {
        return fingerprinter;
    }

    long[] lastChangedCopy() {
        return lastChanged.clone();
    }

    Object[] tables() {
        return tables;
    }

    public long revision() {
        return revision;
    }

    /** An immutable copy of the per-query counters. */
    public QueryStats stats() {
        Map<String, long[]> counts = new TreeMap<>();
        for (Object table : tables) {
            if (table instanceof DerivedTable<?, ?> derived) {
                QueryCounters counters = derived.counters;
                counts.put(derived.query.name(), new long[] {
                    counters.executed.sum(), counters.reused.sum(), counters.backdated.sum()
                });
            }
        }
        return new QueryStats(counts);
    }

    public void resetStats() {
        for (Object table : tables) {
            if (table instanceof DerivedTable<?, ?> derived) {
                derived.counters.reset();
            }
        }
    }

    ThreadState threadState() {
        return threadStates.get();
    }

    void checkCancelled() {
        if (pendingWrite) {
            throw new Cancelled();
        }
    }

    long lastChangedAt(Durability durability) {
        return lastChanged[durability.ordinal()];
    }

    @SuppressWarnings("unchecked")
    <K, V> DerivedTable<K, V> derivedTable(Query<K, V> query) {
        Object[] current = tables;
        int id = query.id;
        if (id < current.length && current[id] != null) {
            return (DerivedTable<K, V>) current[id];
        }
        return (DerivedTable<K, V>) register(id, query.name(), query, () -> new DerivedTable<>(this, query));
    }

    @SuppressWarnings("unchecked")
    <K, V> InputTable<K, V> inputTable(Input<K, V> input) {
        Object[] current = tables;
        int id = input.id;
        if (id < current.length && current[id] != null) {
            return (InputTable<K, V>) current[id];
        }
        return (InputTable<K, V>) register(id, input.name(), input, () -> new InputTable<>(input));
    }

    private synchronized Object register(int id, String name, Object ingredient, Supplier<Object> newTable) {
        Object[] current = tables;
        if (id < current.length && current[id] != null) {
            return current[id];
        }
        Object previous = ingredientsByName.putIfAbsent(name, ingredient);
        if (previous != null && previous != ingredient) {
            throw new IllegalStateException("two different ingredients are named '" + name + "' in one database");
        }
        Object[] next = Arrays.copyOf(current, Math.max(current.length, Integer.highestOneBit(id) * 2));
        Object table = newTable.get();
        next[id] = table;
        tables = next;
        return table;
    }
}
