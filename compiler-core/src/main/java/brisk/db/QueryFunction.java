package brisk.db;

/**
 * The body of a derived query. It must be a pure function of what it reads through {@code ctx}: no I/O,
 * no mutable globals, no reads through a {@link Snapshot} it captured (those would not be recorded as
 * dependencies). Use {@code ctx} only on the calling thread and only until {@code compute} returns.
 * Do not catch {@link Cancelled} or {@link CycleError} (nor {@code RuntimeException} broadly): they unwind
 * the computation on purpose.
 */
@FunctionalInterface
public interface QueryFunction<K, V> {
    V compute(QueryContext ctx, K key);
}
