package brisk.db;

/**
 * Produces the value of a query whose key turned out to be part of a dependency cycle (for example
 * {@code type A = B; type B = A;}). Typically returns an error value; the caller reports the diagnostic.
 * Reads through {@code ctx} are recorded as dependencies of the recovered memo.
 */
@FunctionalInterface
public interface CycleRecovery<K, V> {
    V recover(QueryContext ctx, K key, Cycle cycle);
}
