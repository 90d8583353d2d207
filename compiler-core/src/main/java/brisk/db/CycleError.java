package brisk.db;

import java.util.Objects;

/**
 * A dependency cycle in which no participating query has a {@link CycleRecovery}: a compiler bug (queries
 * that can cycle on user input must declare recovery). Propagates to the outermost caller; no participant
 * stores a memo.
 */
public final class CycleError extends RuntimeException {
    private final Cycle cycle;

    public CycleError(Cycle cycle) {
        super("query cycle: " + cycle);
        this.cycle = Objects.requireNonNull(cycle, "cycle");
    }

    public Cycle cycle() {
        return cycle;
    }
}
