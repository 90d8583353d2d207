package brisk.db;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** All keys of one {@link Input} in one database. Slots are created on first read or write and never removed. */
final class InputTable<K, V> {
    final Input<K, V> input;
    private final ConcurrentHashMap<K, InputSlot<K, V>> slots = new ConcurrentHashMap<>();

    InputTable(Input<K, V> input) {
        this.input = input;
    }

    Iterable<InputSlot<K, V>> slots() {
        return slots.values();
    }

    InputSlot<K, V> slot(K key) {
        InputSlot<K, V> slot = slots.get(Objects.requireNonNull(key, "key"));
        if (slot != null) {
            return slot;
        }
        InputSlot<K, V> created = new InputSlot<>(input, key);
        InputSlot<K, V> raced = slots.putIfAbsent(key, created);
        return raced != null ? raced : created;
    }
}
