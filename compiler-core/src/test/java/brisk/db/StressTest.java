package brisk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Readers race a writer. The writer's k-th write adds one to some cell, so at every revision the sum of all
 * cells equals the number of writes so far, which is the snapshot's revision minus the revision after setup.
 * A reader that sees anything else saw a torn or stale state.
 */
class StressTest {
    private static final int CELLS = 24;
    private static final int WRITES = 300;
    private static final Input<Integer, Integer> CELL = Input.named("cell");
    private static final Input<Unit, Integer> EXTRA = Input.named("extra");
    private static final Query<Integer, Integer> CELL_VALUE = Query.of("cellValue", (ctx, i) -> ctx.input(CELL, i));
    /** Parity of a cell: backdates often, exercising early cutoff under concurrency. */
    private static final Query<Integer, Integer> PARITY = Query.of("parity", (ctx, i) -> ctx.get(CELL_VALUE, i) & 1);
    private static final Query<Integer, Integer> GROUP_SUM = Query.of("groupSum",
            (ctx, group) -> IntStream.range(group * 4, group * 4 + 4).map(i -> ctx.get(CELL_VALUE, i)).sum());
    private static final Query<Unit, Integer> TOTAL = Query.of("total",
            (ctx, unit) -> IntStream.range(0, CELLS / 4).map(g -> ctx.get(GROUP_SUM, g)).sum());
    private static final Query<Unit, Integer> ODD_CELLS = Query.of("oddCells",
            (ctx, unit) -> IntStream.range(0, CELLS).map(i -> ctx.get(PARITY, i)).sum() + 0 * ctx.input(EXTRA, unit));

    @Test
    void readersAlwaysSeeAConsistentRevision() {
        Database db = new Database();
        for (int i = 0; i < CELLS; i++) {
            db.set(CELL, i, 0, Durability.LOW);
        }
        db.set(EXTRA, Unit.INSTANCE, 0, Durability.HIGH);
        long base = db.revision();
        int[] model = new int[CELLS];

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                int seed = r;
                readers.add(Thread.ofPlatform().start(() -> {
                    int round = seed;
                    while (!stop.get()) {
                        try (Snapshot snapshot = db.snapshot()) {
                            int total = snapshot.get(TOTAL, Unit.INSTANCE);
                            assertEquals(snapshot.revision() - base, total, "total at revision " + snapshot.revision());
                            int cell = round++ % CELLS;
                            int group = snapshot.get(GROUP_SUM, cell / 4);
                            assertTrue(group >= 0 && group <= total);
                            assertEquals(snapshot.get(CELL_VALUE, cell) & 1, snapshot.get(PARITY, cell));
                            int odd = snapshot.get(ODD_CELLS, Unit.INSTANCE);
                            assertTrue(odd >= 0 && odd <= CELLS);
                            reads.incrementAndGet();
                        } catch (Cancelled expected) {
                            // retry at the next revision
                        } catch (Throwable t) {
                            failures.add(t);
                            return;
                        }
                    }
                }));
            }
            for (int write = 0; write < WRITES; write++) {
                int cell = (write * 7) % CELLS;
                model[cell]++;
                db.set(CELL, cell, model[cell], Durability.LOW);
                // Let readers complete a request at most revisions (bounded, so a slow machine cannot hang).
                long readsBefore = reads.get();
                long deadline = System.nanoTime() + 1_000_000;
                while (reads.get() == readsBefore && System.nanoTime() < deadline) {
                    Thread.yield();
                }
            }
            stop.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
        });
        assertTrue(failures.isEmpty(), () -> "reader failed: " + failures.peek());
        assertEquals(WRITES, db.get(TOTAL, Unit.INSTANCE));
        int odd = 0;
        for (int value : model) {
            odd += value & 1;
        }
        assertEquals(odd, db.get(ODD_CELLS, Unit.INSTANCE));
        assertTrue(reads.get() > 0, "no read completed");
    }
}
