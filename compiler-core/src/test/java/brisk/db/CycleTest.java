package brisk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CycleTest {
    /** Alias target of each name ("type A = B"); a name without an entry is a concrete type. */
    private static final Input<String, String> ALIAS = Input.named("alias");

    @SuppressWarnings("unchecked")
    private static Query<String, String> resolver(String name, boolean recover) {
        Query<String, String>[] self = new Query[1];
        Query<String, String> query = Query.of(name,
                (ctx, type) -> ctx.hasInput(ALIAS, type) ? ctx.get(self[0], ctx.input(ALIAS, type)) : type);
        self[0] = recover ? query.withCycleRecovery((ctx, type, cycle) -> "{error}") : query;
        return self[0];
    }

    @Test
    void singleThreadCycleWithRecovery() {
        Query<String, String> resolve = resolver("resolve", true);
        Database db = new Database();
        db.set(ALIAS, "A", "B", Durability.LOW);
        db.set(ALIAS, "B", "A", Durability.LOW);
        db.set(ALIAS, "C", "A", Durability.LOW);
        assertEquals("{error}", db.get(resolve, "C"));
        assertEquals("{error}", db.get(resolve, "B"));
        assertEquals("{error}", db.get(resolve, "A"));

        db.set(ALIAS, "B", "i32", Durability.LOW); // the cycle is broken: every memo must notice
        assertEquals("i32", db.get(resolve, "A"));
        assertEquals("i32", db.get(resolve, "C"));
        assertEquals("i32", db.get(resolve, "B"));
    }

    @Test
    void singleThreadCycleWithoutRecoveryIsACycleError() {
        Query<String, String> resolve = resolver("resolveStrict", false);
        Database db = new Database();
        db.set(ALIAS, "A", "B", Durability.LOW);
        db.set(ALIAS, "B", "A", Durability.LOW);
        db.set(ALIAS, "C", "A", Durability.LOW);
        CycleError error = assertThrows(CycleError.class, () -> db.get(resolve, "C"));
        assertEquals(List.of("resolveStrict(A)", "resolveStrict(B)"), error.cycle().participants());
        assertEquals(0, db.stats().executed("resolveStrict"));

        db.set(ALIAS, "B", "u8", Durability.LOW);
        assertEquals("u8", db.get(resolve, "C"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void selfCycleOfASingletonQuery() {
        Query<Unit, Integer>[] self = new Query[1];
        self[0] = Query.of("selfish", (QueryContext ctx, Unit unit) -> ctx.get(self[0], unit) + 1);
        Database db = new Database();
        CycleError error = assertThrows(CycleError.class, () -> db.get(self[0], Unit.INSTANCE));
        assertEquals(List.of("selfish()"), error.cycle().participants());
    }

    @Test
    @SuppressWarnings("unchecked")
    void participantsWithoutRecoveryAreComputedFromTheRecoveredOnes() {
        Query<Integer, Integer>[] strict = new Query[1];
        Query<Integer, Integer> lenient = Query.<Integer, Integer>of("lenient", (ctx, key) -> ctx.get(strict[0], key) + 1)
                .withCycleRecovery((ctx, key, cycle) -> -100);
        strict[0] = Query.of("strict", (ctx, key) -> ctx.get(lenient, key) * 2);
        // strict(1) -> lenient(1) -> strict(1): lenient recovers, strict is computed from its value,
        // whichever of the two is requested first.
        Database strictFirst = new Database();
        assertEquals(-200, strictFirst.get(strict[0], 1));
        assertEquals(-100, strictFirst.get(lenient, 1));
        Database lenientFirst = new Database();
        assertEquals(-100, lenientFirst.get(lenient, 1));
        assertEquals(-200, lenientFirst.get(strict[0], 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRecoveringParticipantTakesItsRecoveryValueWhateverTheEntryPoint() {
        Query<Integer, String>[] queries = new Query[2];
        queries[0] = Query.<Integer, String>of("left", (ctx, key) -> "L" + ctx.get(queries[1], key))
                .withCycleRecovery((ctx, key, cycle) -> "left-cycle");
        queries[1] = Query.<Integer, String>of("right", (ctx, key) -> "R" + ctx.get(queries[0], key))
                .withCycleRecovery((ctx, key, cycle) -> "right-cycle");
        for (int entry = 0; entry < 2; entry++) {
            Database db = new Database();
            db.get(queries[entry], 7);
            assertEquals("left-cycle", db.get(queries[0], 7));
            assertEquals("right-cycle", db.get(queries[1], 7));
        }
    }

    @Test
    void recoveredMemoIsRevalidatedWhileTheCycleLasts() {
        Query<String, String> resolve = resolver("resolveAgain", true);
        Database db = new Database();
        db.set(ALIAS, "A", "B", Durability.LOW);
        db.set(ALIAS, "B", "A", Durability.LOW);
        db.set(ALIAS, "unrelated", "u8", Durability.LOW);
        assertEquals("{error}", db.get(resolve, "A"));
        db.set(ALIAS, "unrelated", "u16", Durability.LOW);
        db.resetStats();
        assertEquals("{error}", db.get(resolve, "A"));
        assertEquals(0, db.stats().executed("resolveAgain"));
    }

    @Test
    void crossThreadCycleIsDetectedNotDeadlocked() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(List.of("{error}", "{error}"), runCrossThreadCycle(2, true));
            List<Object> strict = runCrossThreadCycle(2, false);
            assertInstanceOf(CycleError.class, strict.get(0));
            assertInstanceOf(CycleError.class, strict.get(1));
        });
    }

    @Test
    void threeThreadCycleIsDetectedNotDeadlocked() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int round = 0; round < 20; round++) {
                assertEquals(List.of("{error}", "{error}", "{error}"), runCrossThreadCycle(3, true));
                runCrossThreadCycle(3, false).forEach(outcome -> assertInstanceOf(CycleError.class, outcome));
            }
        });
    }

    /**
     * Thread i computes X(i) while the others compute their own key; once all have started, each asks for
     * X(i + 1 mod n), closing a cycle through every thread.
     */
    @SuppressWarnings("unchecked")
    private static List<Object> runCrossThreadCycle(int threadCount, boolean recover) throws Exception {
        CyclicBarrier allStarted = new CyclicBarrier(threadCount);
        AtomicBoolean firstRound = new AtomicBoolean(true);
        Query<Integer, String>[] self = new Query[1];
        Query<Integer, String> query = Query.of(recover ? "crossLenient" : "crossStrict", (ctx, key) -> {
            if (firstRound.get()) {
                try {
                    allStarted.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                firstRound.set(false);
            }
            return ctx.get(self[0], (key + 1) % threadCount);
        });
        self[0] = recover ? query.withCycleRecovery((ctx, key, cycle) -> "{error}") : query;
        Database db = new Database();
        try (Snapshot snapshot = db.snapshot();
                // Dedicated threads: the common pool may have a single worker on small machines.
                ExecutorService threads = Executors.newFixedThreadPool(threadCount)) {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < threadCount; i++) {
                int key = i;
                outcomes.add(threads.submit(() -> outcome(snapshot, self[0], key)));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get());
            }
            return results;
        }
    }

    private static Object outcome(Snapshot snapshot, Query<Integer, String> query, int key) {
        try {
            return snapshot.get(query, key);
        } catch (CycleError e) {
            return e;
        }
    }
}
