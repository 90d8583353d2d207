package brisk.db;

/**
 * Control flow for a cross-thread cycle: this thread gives up {@code target} (a slot another thread in the
 * cycle waits for), then waits until {@code awaited} is no longer claimed by {@code awaitedOwner} and
 * retries. The other thread then meets the cycle on its own stack, where the single-thread rules apply.
 * Never escapes the database.
 */
final class CycleYield extends RuntimeException {
    final ActiveQuery target;
    final DerivedSlot<?, ?> awaited;
    final ActiveQuery awaitedOwner;

    CycleYield(ActiveQuery target, DerivedSlot<?, ?> awaited, ActiveQuery awaitedOwner) {
        super(null, null, false, false);
        this.target = target;
        this.awaited = awaited;
        this.awaitedOwner = awaitedOwner;
    }
}
