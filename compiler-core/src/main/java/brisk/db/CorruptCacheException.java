package brisk.db;

/** A persisted database that cannot be decoded (truncated, corrupted, foreign); the cache is then ignored. */
public final class CorruptCacheException extends RuntimeException {
    public CorruptCacheException(String message) {
        super(message, null, false, false);
    }
}
