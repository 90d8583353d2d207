package brisk.db;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Blocking of one thread on a slot claimed by another, with wait-for cycle detection. Blocking is rare
 * (two threads wanting the same key at once), so one lock per database guards the whole graph; releasing a
 * claim takes that lock only when some thread is blocked.
 *
 * <p>Lost-wakeup freedom: a waiter increments {@link #waiting} and then re-reads the claim under the lock;
 * a releaser clears the claim and then reads {@link #waiting}. Both are volatile accesses, so at least one
 * of them sees the other's write.
 */
final class WaitGraph {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final AtomicInteger waiting = new AtomicInteger();
    /** For each blocked thread, the claim (frame of another thread) it waits for. Guarded by {@link #lock}. */
    private final Map<Thread, ActiveQuery> blockedOn = new HashMap<>();

    /**
     * Blocks until {@code slot} is no longer claimed by {@code owner} (a frame of another thread). If waiting
     * would close a wait-for cycle back to this thread, throws {@link CycleYield} instead, targeting the
     * frame of this thread that the cycle waits for.
     */
    void await(DerivedSlot<?, ?> slot, ActiveQuery owner) {
        Thread self = Thread.currentThread();
        waiting.incrementAndGet();
        lock.lock();
        try {
            if (slot.claim != owner) {
                return;
            }
            // Follow "thread waits for frame" edges. Each edge is re-checked against the live claim: a thread
            // whose frame was already released is about to wake, so the chain ends there.
            ActiveQuery cursor = owner;
            int steps = 0;
            while (cursor != null && cursor.thread != self) {
                ActiveQuery next = blockedOn.get(cursor.thread);
                cursor = next != null && next.slot.claim == next && steps++ <= blockedOn.size() ? next : null;
            }
            if (cursor != null) {
                throw new CycleYield(cursor, slot, owner);
            }
            blockedOn.put(self, owner);
            try {
                while (slot.claim == owner) {
                    released.awaitUninterruptibly();
                }
            } finally {
                blockedOn.remove(self);
            }
        } finally {
            lock.unlock();
            waiting.decrementAndGet();
        }
    }

    /** Called after a claim was cleared. */
    void signalRelease() {
        if (waiting.get() > 0) {
            lock.lock();
            try {
                released.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
