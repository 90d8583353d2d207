package brisk.db;

/**
 * Control flow: unwinds a same-thread cycle from the requesting frame down to {@code target}, the innermost
 * participant that recovers. Frames between abort without memos. Also serves as the mark left on every
 * recovering participant ({@link ActiveQuery#cycleMark}). Never escapes the database.
 */
final class CycleUnwind extends RuntimeException {
    final ActiveQuery target;
    final Cycle cycle;
    /** What the cycle's participants had read, minus the participants themselves: the recovered memo's deps. */
    final Dependency[] dependencies;

    CycleUnwind(ActiveQuery target, Cycle cycle, Dependency[] dependencies) {
        super(null, null, false, false);
        this.target = target;
        this.cycle = cycle;
        this.dependencies = dependencies;
    }
}
