package brisk.db;

/**
 * The memoized result of one (query, key): plain immutable data, so that a later persistence layer can
 * write it out (dependencies as ingredient name + key) and reload it lazily.
 *
 * <ul>
 *   <li>{@code value}: the computed value (may be {@code null}).
 *   <li>{@code dependencies}: every slot read by the computation, in first-read order, without duplicates.
 *   <li>{@code changedAt}: the last revision in which the value actually changed (kept across re-executions
 *       that produced an equal value: backdating).
 *   <li>{@code verifiedAt}: the last revision at which the memo was known to be up to date.
 *   <li>{@code durability}: the minimum durability over the dependencies.
 * </ul>
 *
 * Invariant: {@code changedAt <= verifiedAt}. A memo is replaced, never mutated.
 */
final class Memo<V> {
    static final Dependency[] NO_DEPENDENCIES = {};

    final V value;
    final Dependency[] dependencies;
    final long changedAt;
    final long verifiedAt;
    final Durability durability;

    Memo(V value, Dependency[] dependencies, long changedAt, long verifiedAt, Durability durability) {
        this.value = value;
        this.dependencies = dependencies;
        this.changedAt = changedAt;
        this.verifiedAt = verifiedAt;
        this.durability = durability;
    }

    Memo<V> verifiedAt(long revision, Durability newDurability) {
        return new Memo<>(value, dependencies, changedAt, revision, newDurability);
    }
}
