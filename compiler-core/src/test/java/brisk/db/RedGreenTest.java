package brisk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RedGreenTest {
    private static final Input<String, String> TEXT = Input.named("text");
    private static final Query<String, Integer> LENGTH =
            Query.of("length", (ctx, file) -> ctx.input(TEXT, file).length());
    private static final Query<String, Integer> DOUBLED =
            Query.of("doubled", (ctx, file) -> ctx.get(LENGTH, file) * 2);
    private static final Query<Unit, Integer> TOTAL =
            Query.of("total", (ctx, unit) -> ctx.get(DOUBLED, "a") + ctx.get(DOUBLED, "b"));

    @Test
    void memoIsReusedWhenAnUnrelatedInputChanges() {
        Database db = new Database();
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.LOW);
        assertEquals(4, db.get(DOUBLED, "a"));
        assertEquals(6, db.get(DOUBLED, "b"));

        db.set(TEXT, "b", "yyyy", Durability.LOW);
        db.resetStats();
        assertEquals(4, db.get(DOUBLED, "a"));
        QueryStats stats = db.stats();
        assertEquals(0, stats.executed("doubled"));
        assertEquals(0, stats.executed("length"));
        assertEquals(1, stats.reused("doubled"));
        assertEquals(1, stats.reused("length"));
    }

    @Test
    void changedInputReExecutesDependents() {
        Database db = new Database();
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.LOW);
        assertEquals(10, db.get(TOTAL, Unit.INSTANCE));

        db.set(TEXT, "a", "xxxx", Durability.LOW);
        db.resetStats();
        assertEquals(14, db.get(TOTAL, Unit.INSTANCE));
        QueryStats stats = db.stats();
        assertEquals(2, stats.executed("length") + stats.reused("length"));
        assertEquals(1, stats.executed("length"));
        assertEquals(1, stats.executed("doubled"));
        assertEquals(1, stats.reused("doubled"));
        assertEquals(1, stats.executed("total"));
        assertEquals(0, stats.backdated("total"));
    }

    @Test
    void sameRevisionReadsDoNotCount() {
        Database db = new Database();
        db.set(TEXT, "a", "xx", Durability.LOW);
        try (Snapshot snapshot = db.snapshot()) {
            for (int i = 0; i < 5; i++) {
                assertEquals(4, snapshot.get(DOUBLED, "a"));
            }
        }
        assertEquals(1, db.stats().executed("doubled"));
        assertEquals(0, db.stats().reused("doubled"));
    }

    @Test
    void backdatingStopsPropagation() {
        Database db = new Database();
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.LOW);
        assertEquals(10, db.get(TOTAL, Unit.INSTANCE));

        db.set(TEXT, "a", "zz", Durability.LOW); // same length: LENGTH(a) backdates
        db.resetStats();
        assertEquals(10, db.get(TOTAL, Unit.INSTANCE));
        QueryStats stats = db.stats();
        assertEquals(1, stats.executed("length"));
        assertEquals(1, stats.backdated("length"));
        assertEquals(0, stats.executed("doubled"));
        assertEquals(2, stats.reused("doubled"));
        assertEquals(0, stats.executed("total"));
        assertEquals(1, stats.reused("total"));
    }

    @Test
    void settingAnEqualValueDoesNotBumpTheRevision() {
        Database db = new Database();
        db.set(TEXT, "a", "xx", Durability.LOW);
        long revision = db.revision();
        db.set(TEXT, "a", new String("xx"), Durability.LOW);
        assertEquals(revision, db.revision());

        db.set(TEXT, "a", "xx", Durability.HIGH); // same value, new durability: a change
        assertEquals(revision + 1, db.revision());
        db.set(TEXT, "a", "xy", Durability.HIGH);
        assertEquals(revision + 2, db.revision());
    }

    @Test
    void removeAndHasInputAreTracked() {
        Input<String, String> flags = Input.named("flags");
        Query<String, Boolean> present = Query.of("present", (ctx, key) -> ctx.hasInput(flags, key));
        Database db = new Database();
        assertFalse(db.get(present, "k"));
        db.set(flags, "k", "on", Durability.LOW);
        assertTrue(db.get(present, "k"));
        long revision = db.revision();
        db.remove(flags, "k");
        assertEquals(revision + 1, db.revision());
        assertFalse(db.get(present, "k"));
        db.remove(flags, "k");
        assertEquals(revision + 1, db.revision());
        assertEquals(3, db.stats().executed("present"));
    }

    @Test
    void unsetInputIsABugAndStoresNoMemo() {
        Database db = new Database();
        assertThrows(IllegalStateException.class, () -> db.get(LENGTH, "missing"));
        db.set(TEXT, "missing", "abc", Durability.LOW);
        assertEquals(3, db.get(LENGTH, "missing"));
        assertEquals(1, db.stats().executed("length"));
    }

    @Test
    void computeExceptionsPropagateAndStoreNoMemo() {
        AtomicBoolean fail = new AtomicBoolean(true);
        Query<Unit, String> flaky = Query.of("flaky", (ctx, unit) -> {
            if (fail.get()) {
                throw new ArithmeticException("bug");
            }
            return "ok";
        });
        Database db = new Database();
        assertThrows(ArithmeticException.class, () -> db.get(flaky, Unit.INSTANCE));
        fail.set(false);
        assertEquals("ok", db.get(flaky, Unit.INSTANCE));
        assertEquals(1, db.stats().executed("flaky"));
    }

    @Test
    void dependenciesAreRecordedOnceInOrderAndInputIsCheckedFirst() {
        Input<Integer, Integer> number = Input.named("number");
        Query<Integer, Integer> sum = Query.of("sum", (ctx, n) -> {
            int total = 0;
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < n; i++) {
                    total += ctx.input(number, i);
                }
            }
            return total;
        });
        Database db = new Database();
        for (int i = 0; i < 40; i++) {
            db.set(number, i, i, Durability.LOW);
        }
        assertEquals(3 * (39 * 40 / 2), db.get(sum, 40));
        db.set(number, 39, 0, Durability.LOW);
        assertEquals(3 * (38 * 39 / 2), db.get(sum, 40));
        db.set(number, 39, 0, Durability.LOW);
        db.set(number, 100, 7, Durability.LOW);
        db.resetStats();
        assertEquals(3 * (38 * 39 / 2), db.get(sum, 40));
        assertEquals(1, db.stats().reused("sum"));
    }

    @Test
    void sameNameTwiceInOneDatabaseIsRejected() {
        Query<Unit, Integer> one = Query.of("dup", (ctx, unit) -> 1);
        Query<Unit, Integer> two = one.withCycleRecovery((ctx, unit, cycle) -> 0);
        Database db = new Database();
        assertEquals(1, db.get(one, Unit.INSTANCE));
        assertThrows(IllegalStateException.class, () -> db.get(two, Unit.INSTANCE));
    }

    @Test
    void statsTableIsSortedByName() {
        Database db = new Database();
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.get(DOUBLED, "a");
        String table = db.stats().renderTable();
        String[] lines = table.split("\n");
        assertEquals(3, lines.length, table);
        assertTrue(lines[0].startsWith("query"), table);
        assertTrue(lines[1].startsWith("doubled"), table);
        assertTrue(lines[2].startsWith("length"), table);
        assertEquals(java.util.Set.of("doubled", "length"), db.stats().queryNames());
    }
}
