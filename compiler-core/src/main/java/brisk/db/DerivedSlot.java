package brisk.db;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The storage of one (query, key): its current {@link Memo} and the claim of the frame that is verifying or
 * executing it. The red-green algorithm lives here: {@link #fetch} returns a memo verified at the snapshot's
 * revision, reusing, revalidating or re-executing as needed. See the package documentation.
 */
final class DerivedSlot<K, V> implements Dependency {
    private static final VarHandle CLAIM;

    static {
        try {
            CLAIM = MethodHandles.lookup().findVarHandle(DerivedSlot.class, "claim", ActiveQuery.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final DerivedTable<K, V> table;
    private final K key;
    /** Replaced (never mutated) only by the frame holding {@link #claim}. */
    volatile Memo<V> memo;
    /** The frame verifying or executing this slot, or null. Set by CAS, cleared by its owner. */
    volatile ActiveQuery claim;

    DerivedSlot(DerivedTable<K, V> table, K key) {
        this.table = table;
        this.key = key;
    }

    @Override
    public String ingredientName() {
        return table.query.name();
    }

    @Override
    public K key() {
        return key;
    }

    @Override
    public Durability currentDurability() {
        Memo<V> current = memo;
        return current == null ? Durability.LOW : current.durability;
    }

    /**
     * Returns this slot's memo verified at {@code snapshot}'s revision. {@code caller} is the frame that
     * asked (null for a top-level read); the caller records the dependency itself. With {@code needValue}
     * a memo loaded without its value gets it (recomputed, keeping its {@code changedAt}); deep verification
     * of a dependent only needs revisions.
     */
    Memo<V> fetch(Snapshot snapshot, ActiveQuery caller, boolean needValue) {
        long revision = snapshot.revision;
        Database database = table.database;
        while (true) {
            Memo<V> current = memo;
            if (current != null && current.verifiedAt == revision && (!needValue || current.valueAvailable())) {
                return current;
            }
            database.checkCancelled();
            ActiveQuery owner = claim;
            if (owner == null) {
                ActiveQuery frame = new ActiveQuery(this, caller, snapshot);
                if (!CLAIM.compareAndSet(this, (ActiveQuery) null, frame)) {
                    continue;
                }
                CycleYield yielded;
                try {
                    return refresh(frame, revision, needValue);
                } catch (CycleYield yield) {
                    if (yield.target != frame) {
                        throw yield;
                    }
                    yielded = yield;
                } finally {
                    frame.finished = true;
                    claim = null;
                    database.waitGraph.signalRelease();
                }
                // Another thread waits for this slot while we (indirectly) wait for it: let it go first.
                database.waitGraph.await(yielded.awaited, yielded.awaitedOwner);
            } else if (owner.thread == Thread.currentThread()) {
                throw Cycles.onSameThread(this, caller);
            } else {
                database.waitGraph.await(this, owner);
            }
        }
    }

    /** Runs with the claim held: make the memo current by reuse, revalidation or (re-)execution. */
    private Memo<V> refresh(ActiveQuery frame, long revision, boolean needValue) {
        Memo<V> old = memo;
        QueryCounters counters = table.counters;
        boolean green = false;
        if (old != null) {
            if (old.verifiedAt == revision) {
                if (!needValue || old.valueAvailable()) {
                    return old;
                }
                green = true;
            } else if (table.database.lastChangedAt(old.durability) <= old.verifiedAt) {
                Memo<V> verified = reuse(old.verifiedAt(revision, old.durability), counters);
                if (!needValue || verified.valueAvailable()) {
                    return verified;
                }
                old = verified;
                green = true;
            }
        }
        V value;
        try {
            if (old != null && !green) {
                Durability durability = deepVerify(old, frame);
                // A frame marked as a cycle participant must recover even if its old memo looks green.
                if (durability != null && frame.cycleMark == null) {
                    Memo<V> verified = reuse(old.verifiedAt(revision, durability), counters);
                    if (!needValue || verified.valueAvailable()) {
                        return verified;
                    }
                    old = verified;
                    green = true;
                }
            }
            frame.resetDependencies(Memo.NO_DEPENDENCIES, Durability.HIGH);
            value = table.query.compute.compute(frame, key);
        } catch (CycleUnwind unwind) {
            if (unwind.target != frame) {
                throw unwind;
            }
            value = null; // replaced below: the target is marked
        }
        if (frame.cycleMark != null) {
            value = recover(frame, frame.cycleMark);
        }
        counters.executed.increment();
        if (!green) {
            table.database.markModified();
        }
        Memo<V> next;
        if (green && frame.cycleMark == null) {
            // Materializing a green memo loaded without its value: same inputs, so the same value.
            next = new Memo<>(value, frame.dependencies(), old.changedAt, revision, frame.durability());
        } else if (old != null && sameValue(old, value)) {
            V kept = old.valueAvailable() ? old.value() : value;
            next = new Memo<>(kept, frame.dependencies(), old.changedAt, revision, frame.durability());
            counters.backdated.increment();
        } else {
            next = new Memo<>(value, frame.dependencies(), revision, revision, frame.durability());
        }
        memo = next;
        return next;
    }

    /** Backdating test: {@code equals}, or for a memo loaded without its value, equal fingerprints. */
    private boolean sameValue(Memo<V> old, V value) {
        if (old.valueAvailable()) {
            return Objects.equals(old.value(), value);
        }
        Fingerprinter fingerprinter = table.database.fingerprinter();
        return old.fingerprint != null && fingerprinter != null && old.fingerprint.equals(fingerprinter.of(value));
    }

    private Memo<V> reuse(Memo<V> verified, QueryCounters counters) {
        memo = verified;
        counters.reused.increment();
        return verified;
    }

    /**
     * Walks the old memo's dependencies in order, bringing derived ones up to date (which may execute them).
     * Returns the memo's new durability if none changed after {@code old.verifiedAt}, else null.
     */
    private Durability deepVerify(Memo<V> old, ActiveQuery frame) {
        Dependency[] dependencies = old.dependencies;
        frame.verifying = dependencies;
        Durability durability = Durability.HIGH;
        for (int i = 0; i < dependencies.length; i++) {
            frame.verifiedCount = i;
            long changedAt;
            Durability dependencyDurability;
            switch (dependencies[i]) {
                case InputSlot<?, ?> input -> {
                    InputRecord record = input.record;
                    changedAt = record.changedAt();
                    dependencyDurability = record.durability();
                }
                case DerivedSlot<?, ?> derived -> {
                    Memo<?> dependencyMemo = derived.fetch(frame.snapshot, frame, false);
                    changedAt = dependencyMemo.changedAt;
                    dependencyDurability = dependencyMemo.durability;
                }
            }
            if (changedAt > old.verifiedAt) {
                return null;
            }
            durability = Durability.min(durability, dependencyDurability);
        }
        return durability;
    }

    /** The recovery value of a marked cycle participant; its memo depends on what the whole cycle read. */
    private V recover(ActiveQuery frame, CycleUnwind unwind) {
        Durability durability = Durability.HIGH;
        for (Dependency dependency : unwind.dependencies) {
            durability = Durability.min(durability, dependency.currentDurability());
        }
        frame.resetDependencies(unwind.dependencies, durability);
        frame.recovering = true;
        return table.query.recovery.recover(frame, key, unwind.cycle);
    }

    @Override
    public String toString() {
        return describe();
    }
}
