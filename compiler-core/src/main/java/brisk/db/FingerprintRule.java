package brisk.db;

/**
 * How to fingerprint a class that is not a record (or whose equality is not its components'), e.g. a syntax
 * tree node. Must hash exactly what its {@code equals} compares; nested values go through
 * {@link FingerprintHasher#putValue}.
 */
@FunctionalInterface
public interface FingerprintRule<T> {
    void hash(T value, FingerprintHasher hasher);
}
