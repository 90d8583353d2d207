package brisk.db;

/**
 * What a running query (or a {@link Snapshot}) reads through. Inside a query every read is recorded as a
 * dependency of that query, in order; reading through a snapshot records nothing.
 */
public interface QueryContext {
    /** The value of {@code query} at {@code key}; records a dependency and checks cancellation. */
    <K, V> V get(Query<K, V> query, K key);

    /**
     * The value of {@code input} at {@code key}; records a dependency and checks cancellation.
     *
     * @throws IllegalStateException if the input has no value for the key (a compiler bug: check
     *     {@link #hasInput} first where absence is legitimate)
     */
    <K, V> V input(Input<K, V> input, K key);

    /** Whether {@code input} has a value at {@code key}; records a dependency (so a later set invalidates). */
    <K, V> boolean hasInput(Input<K, V> input, K key);

    /** Throws {@link Cancelled} if a write is pending. Long loops inside a query should call this. */
    void checkCancelled();

    /** The revision this read view observes. */
    long revision();
}
