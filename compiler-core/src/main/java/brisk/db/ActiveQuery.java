package brisk.db;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

/**
 * One (query, key) being verified or executed: the claim on its slot, a frame of the logical query stack
 * ({@link #parent} is the query that asked for it) and the {@link QueryContext} handed to the compute
 * function, which records every read here. Confined to {@link #thread}; fields are plain.
 */
final class ActiveQuery implements QueryContext {
    private static final int LINEAR_DEDUP_LIMIT = 16;

    final DerivedSlot<?, ?> slot;
    final ActiveQuery parent;
    final Snapshot snapshot;
    final Thread thread;

    private Dependency[] dependencies = Memo.NO_DEPENDENCIES;
    private int dependencyCount;
    private Set<Dependency> seen;
    private Durability durability = Durability.HIGH;

    /** While deep-verifying: the old memo's dependencies, of which the first {@link #verifiedCount} held. */
    Dependency[] verifying;
    int verifiedCount;
    /**
     * Set when this frame took part in a cycle and its query has a recovery: whatever its computation
     * returns, its memo takes the recovery value (so every such participant ends with its recovery value,
     * whichever key was requested first).
     */
    CycleUnwind cycleMark;
    /** Running the cycle recovery function: a new cycle through this frame cannot recover here again. */
    boolean recovering;
    /** Set when the frame released its claim: the context must not be used any more. */
    boolean finished;

    ActiveQuery(DerivedSlot<?, ?> slot, ActiveQuery parent, Snapshot snapshot) {
        this.slot = slot;
        this.parent = parent;
        this.snapshot = snapshot;
        this.thread = Thread.currentThread();
    }

    @Override
    public <K, V> V get(Query<K, V> query, K key) {
        checkUsable();
        DerivedSlot<K, V> dependency = snapshot.database.derivedTable(query).slot(key);
        Memo<V> memo = dependency.fetch(snapshot, this, true);
        record(dependency, memo.durability);
        return memo.value();
    }

    @Override
    public <K, V> V input(Input<K, V> input, K key) {
        checkUsable();
        InputSlot<K, V> dependency = snapshot.database.inputTable(input).slot(key);
        record(dependency, dependency.record.durability());
        return dependency.value();
    }

    @Override
    public <K, V> boolean hasInput(Input<K, V> input, K key) {
        checkUsable();
        InputSlot<K, V> dependency = snapshot.database.inputTable(input).slot(key);
        InputRecord current = dependency.record;
        record(dependency, current.durability());
        return current.present();
    }

    @Override
    public void checkCancelled() {
        snapshot.database.checkCancelled();
    }

    @Override
    public long revision() {
        return snapshot.revision;
    }

    private void checkUsable() {
        if (thread != Thread.currentThread() || finished) {
            throw new IllegalStateException(
                    "the QueryContext of " + slot.describe() + " was used outside its compute call or from another thread");
        }
        snapshot.database.checkCancelled();
    }

    void record(Dependency dependency, Durability dependencyDurability) {
        durability = Durability.min(durability, dependencyDurability);
        if (seen != null) {
            if (!seen.add(dependency)) {
                return;
            }
        } else {
            for (int i = 0; i < dependencyCount; i++) {
                if (dependencies[i] == dependency) {
                    return;
                }
            }
            if (dependencyCount == LINEAR_DEDUP_LIMIT) {
                seen = Collections.newSetFromMap(new IdentityHashMap<>());
                seen.addAll(Arrays.asList(dependencies).subList(0, dependencyCount));
                seen.add(dependency);
            }
        }
        if (dependencyCount == dependencies.length) {
            dependencies = Arrays.copyOf(dependencies, Math.max(4, dependencyCount * 2));
        }
        dependencies[dependencyCount++] = dependency;
    }

    /** The reads made so far: while verifying, the verified prefix of the old memo; else what compute read. */
    Dependency[] readSoFar() {
        if (verifying != null) {
            return Arrays.copyOf(verifying, verifiedCount);
        }
        return Arrays.copyOf(dependencies, dependencyCount);
    }

    Dependency[] dependencies() {
        return dependencyCount == 0 ? Memo.NO_DEPENDENCIES : Arrays.copyOf(dependencies, dependencyCount);
    }

    Durability durability() {
        return durability;
    }

    /** Starts recording from scratch with {@code initial} as the reads so far (used before execute and recover). */
    void resetDependencies(Dependency[] initial, Durability initialDurability) {
        verifying = null;
        verifiedCount = 0;
        dependencies = Objects.requireNonNull(initial).clone();
        dependencyCount = initial.length;
        seen = null;
        if (dependencyCount > LINEAR_DEDUP_LIMIT) {
            seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.addAll(Arrays.asList(dependencies));
        }
        durability = initialDurability;
    }
}
