package brisk.db;

/**
 * Writes and reads one type of persisted key or value. {@link #describe} names the encoding's shape; it is
 * hashed into the cache header so that a change of shape (a new record component) rejects old caches.
 */
public interface Codec<T> {
    void write(BinaryWriter out, T value);

    /** Reads a value; throws {@link CorruptCacheException} on malformed data. */
    T read(BinaryReader in);

    String describe();
}
