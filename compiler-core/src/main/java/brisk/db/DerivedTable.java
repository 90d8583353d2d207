package brisk.db;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** All memos of one {@link Query} in one database, plus its counters. Slots are never removed. */
final class DerivedTable<K, V> {
    final Database database;
    final Query<K, V> query;
    final QueryCounters counters = new QueryCounters();
    private final ConcurrentHashMap<K, DerivedSlot<K, V>> slots = new ConcurrentHashMap<>();

    DerivedTable(Database database, Query<K, V> query) {
        this.database = database;
        this.query = query;
    }

    Iterable<DerivedSlot<K, V>> slots() {
        return slots.values();
    }

    DerivedSlot<K, V> slot(K key) {
        DerivedSlot<K, V> slot = slots.get(Objects.requireNonNull(key, "key"));
        if (slot != null) {
            return slot;
        }
        DerivedSlot<K, V> created = new DerivedSlot<>(this, key);
        DerivedSlot<K, V> raced = slots.putIfAbsent(key, created);
        return raced != null ? raced : created;
    }
}
