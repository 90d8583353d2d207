package brisk.db;

import java.util.Objects;

/**
 * A named, memoized derived function from keys to values. Declare queries once, as constants; a
 * {@code Query} holds no memos itself, so one constant serves every {@link Database}. Keys and values
 * must be immutable and implement {@code equals}/{@code hashCode}: keys index the memo table, and value
 * equality decides backdating (early cutoff). Names must be unique within a database (they key the
 * statistics and, later, the on-disk cache).
 */
public final class Query<K, V> {
    final int id;
    private final String name;
    final QueryFunction<K, V> compute;
    final CycleRecovery<K, V> recovery;

    private Query(String name, QueryFunction<K, V> compute, CycleRecovery<K, V> recovery) {
        this.name = Objects.requireNonNull(name, "name");
        this.compute = Objects.requireNonNull(compute, "compute");
        this.recovery = recovery;
        this.id = IngredientIds.next();
    }

    public static <K, V> Query<K, V> of(String name, QueryFunction<K, V> compute) {
        return new Query<>(name, compute, null);
    }

    /**
     * Returns a new query (same name and function) that, when one of its keys is found in a cycle, takes its
     * value from {@code recovery} instead of failing with {@link CycleError}. Use the returned query, not
     * this one: both carry the same name, so they cannot be used in the same database.
     */
    public Query<K, V> withCycleRecovery(CycleRecovery<K, V> recovery) {
        return new Query<>(name, compute, Objects.requireNonNull(recovery, "recovery"));
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Query[" + name + "]";
    }
}
