package brisk.db;

/**
 * The storage of one (input, key). The record is replaced only by a writer while no snapshot is open, so a
 * reader sees one stable record for its whole snapshot.
 */
final class InputSlot<K, V> implements Dependency {
    private final Input<K, V> input;
    private final K key;
    volatile InputRecord record = InputRecord.NEVER_SET;

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
