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
 *   <li>{@code hasValue}: false for a memo loaded from disk without its value (the query has no value
 *       codec); it can be verified green, and its value is recomputed when first requested.
 *   <li>{@code fingerprint}: for a memo loaded without value, the persisted fingerprint of its value (or
 *       null if it had none); used instead of {@code equals} to backdate a re-execution.
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
    final boolean hasValue;
    final Fingerprint fingerprint;

    Memo(V value, Dependency[] dependencies, long changedAt, long verifiedAt, Durability durability) {
        this(value, dependencies, changedAt, verifiedAt, durability, true, null);
    }

    Memo(V value, Dependency[] dependencies, long changedAt, long verifiedAt, Durability durability,
         boolean hasValue, Fingerprint fingerprint) {
        this.value = value;
        this.dependencies = dependencies;
        this.changedAt = changedAt;
        this.verifiedAt = verifiedAt;
        this.durability = durability;
        this.hasValue = hasValue;
        this.fingerprint = fingerprint;
    }

    Memo<V> verifiedAt(long revision, Durability newDurability) {
        return new Memo<>(value, dependencies, changedAt, revision, newDurability, hasValue, fingerprint);
    }
}
