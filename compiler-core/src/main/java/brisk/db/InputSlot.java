package brisk.db;

/**
 * The storage of one (input, key). The record is replaced only by a writer while no snapshot is open, so a
 * reader sees one stable record for its whole snapshot.
 */
final class InputSlot<K, V> implements Dependency {
    private final Input<K, V> input;
    private final K key;
    volatile InputRecord record = InputRecord.NEVER_SET;
    /**
     * Set when the slot was loaded from disk with a value that is not in memory: the fingerprint of that
     * value. The record then holds the persisted {@code changedAt} and durability but no value, until the
     * host sets the input again (an equal fingerprint keeps {@code changedAt}) or the first snapshot retires
     * it as removed. Written only by a writer.
     */
    Fingerprint loadedFingerprint;

    InputSlot(Input<K, V> input, K key) {
        this.input = input;
        this.key = key;
    }

    @Override
    public String ingredientName() {
        return input.name();
    }

    @Override
    public K key() {
        return key;
    }

    @Override
    public Durability currentDurability() {
        return record.durability();
    }

    @SuppressWarnings("unchecked")
    V value() {
        InputRecord current = record;
        if (!current.present()) {
            throw new IllegalStateException("input " + describe() + " has no value");
        }
        return (V) current.value();
    }

    @Override
    public String toString() {
        return describe();
    }
}
