package brisk.db;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A read view of a {@link Database} at one revision. Thread-safe: several threads may read through one
 * snapshot at once, and a key requested by two of them is computed once. While any snapshot is open, writes
 * wait; a pending write makes reads throw {@link Cancelled}. Close it (try-with-resources) as soon as the
 * request is done; {@code close} may run on another thread, but only after every read on it returned.
 *
 * <p>The thread that opened a snapshot "holds" it until it is closed: that thread must not write to the
 * database meanwhile (it would wait for itself; {@link Database#set} throws instead). To run a request on
 * a worker while the opening thread keeps writing, open the snapshot on the worker.
 *
 * <p>Reads through a snapshot record no dependencies. A compute function must read through the
 * {@link QueryContext} it is given, never through a snapshot; doing so throws {@link IllegalStateException}.
 */
public final class Snapshot implements QueryContext, AutoCloseable {
    final Database database;
    final long revision;
    private final Database.ThreadState opener;
    private final AtomicBoolean closed = new AtomicBoolean();

    Snapshot(Database database, long revision, Database.ThreadState opener) {
        this.database = database;
        this.revision = revision;
        this.opener = opener;
    }

    @Override
    public <K, V> V get(Query<K, V> query, K key) {
        Database.ThreadState state = enterRead();
        try {
            return database.derivedTable(query).slot(key).fetch(this, null, true).value();
        } finally {
            state.activeReads--;
        }
    }

    @Override
    public <K, V> V input(Input<K, V> input, K key) {
        Database.ThreadState state = enterRead();
        try {
            return database.inputTable(input).slot(key).value();
        } finally {
            state.activeReads--;
        }
    }

    @Override
    public <K, V> boolean hasInput(Input<K, V> input, K key) {
        Database.ThreadState state = enterRead();
        try {
            return database.inputTable(input).slot(key).record.present();
        } finally {
            state.activeReads--;
        }
    }

    private Database.ThreadState enterRead() {
        if (closed.get()) {
            throw new IllegalStateException("snapshot used after close");
        }
        database.checkCancelled();
        Database.ThreadState state = database.threadState();
        if (state.activeReads > 0) {
            throw new IllegalStateException("a snapshot was read from inside a query computation; "
                    + "compute functions must read through their QueryContext so dependencies are recorded");
        }
        state.activeReads++;
        return state;
    }

    @Override
    public void checkCancelled() {
        database.checkCancelled();
    }

    @Override
    public long revision() {
        return revision;
    }

    /** Releases the read view; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            database.closeSnapshot(opener);
        }
    }
}
