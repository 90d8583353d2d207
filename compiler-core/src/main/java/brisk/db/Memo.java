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

    /** A value still in the loaded file's bytes; decoded on first use (most loaded values never are). */
    record EncodedValue(byte[] bytes, int offset, int length, Codec<Object> codec) {
        Object decode() {
            BinaryReader in = new BinaryReader(bytes, offset, length);
            Object value = codec.read(in);
            if (in.remaining() != 0) {
                throw new CorruptCacheException("value longer than its encoding");
            }
            return value;
        }
    }

    /** Plain: published by the volatile write of {@link #encoded} when decoded lazily. */
    private V value;
    private volatile EncodedValue encoded;
    private final boolean hasValue;
    private volatile boolean undecodable;
    final Dependency[] dependencies;
    final long changedAt;
    final long verifiedAt;
    final Durability durability;
    final Fingerprint fingerprint;

    Memo(V value, Dependency[] dependencies, long changedAt, long verifiedAt, Durability durability) {
        this(value, null, dependencies, changedAt, verifiedAt, durability, true, null);
    }

    Memo(V value, EncodedValue encoded, Dependency[] dependencies, long changedAt, long verifiedAt,
         Durability durability, boolean hasValue, Fingerprint fingerprint) {
        this.value = value;
        this.encoded = encoded;
        this.dependencies = dependencies;
        this.changedAt = changedAt;
        this.verifiedAt = verifiedAt;
        this.durability = durability;
        this.hasValue = hasValue;
        this.fingerprint = fingerprint;
    }

    /**
     * Whether {@link #value} can be returned: false for a memo loaded without its value or whose persisted
     * value does not decode (it is then recomputed, never trusted).
     */
    boolean valueAvailable() {
        if (!hasValue) {
            return false;
        }
        if (encoded != null) {
            decode();
        }
        return !undecodable;
    }

    /** The value; call only when {@link #valueAvailable()}. */
    V value() {
        if (encoded != null) {
            decode();
        }
        return value;
    }

    /** The still-encoded persisted value, or null (lets a save copy it without decoding). */
    EncodedValue encoded() {
        return encoded;
    }

    @SuppressWarnings("unchecked")
    private synchronized void decode() {
        EncodedValue pending = encoded;
        if (pending == null) {
            return;
        }
        try {
            value = (V) pending.decode();
        } catch (RuntimeException e) {
            undecodable = true;
        }
        encoded = null;
    }

    Memo<V> verifiedAt(long revision, Durability newDurability) {
        EncodedValue pending = encoded;
        boolean available = hasValue && (pending != null || !undecodable);
        return new Memo<>(pending != null ? null : value, pending, dependencies, changedAt, revision, newDurability,
                available, fingerprint);
    }
}
