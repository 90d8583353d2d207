package brisk.db;

/**
 * A stable 128-bit structural hash of a key or value: identical across JVM runs for equal data, so a memo
 * persisted without its value can still be compared with a recomputed one (early cutoff across processes).
 * Computed by {@link Fingerprinter}; never derived from {@code Object.hashCode}.
 */
public record Fingerprint(long high, long low) {}
