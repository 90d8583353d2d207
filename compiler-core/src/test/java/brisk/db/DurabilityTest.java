package brisk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurabilityTest {
    private static final Input<Unit, String> STD = Input.named("std");
    private static final Input<String, String> FILE = Input.named("file");
    private static final Query<Unit, Integer> STD_SIZE = Query.of("stdSize", (ctx, unit) -> ctx.input(STD, unit).length());
    private static final Query<Unit, Integer> STD_SIZE_PLUS_ONE =
            Query.of("stdSizePlusOne", (ctx, unit) -> ctx.get(STD_SIZE, unit) + 1);
    private static final Query<String, Integer> FILE_PLUS_STD = Query.of("filePlusStd",
            (ctx, file) -> ctx.input(FILE, file).length() + ctx.get(STD_SIZE_PLUS_ONE, Unit.INSTANCE));

    @Test
    void lowChangeDoesNotWalkMemosThatReadOnlyHighInputs() {
        Database db = new Database();
        db.set(STD, Unit.INSTANCE, "core", Durability.HIGH);
        db.set(FILE, "main.rs", "fn", Durability.LOW);
        assertEquals(5, db.get(STD_SIZE_PLUS_ONE, Unit.INSTANCE));

        db.set(FILE, "main.rs", "fn main", Durability.LOW);
        db.resetStats();
        assertEquals(5, db.get(STD_SIZE_PLUS_ONE, Unit.INSTANCE));
        QueryStats stats = db.stats();
        assertEquals(1, stats.reused("stdSizePlusOne")); // green by the shortcut...
        assertEquals(0, stats.reused("stdSize")); // ...without walking its dependency
        assertEquals(0, stats.executed("stdSize"));
    }

    @Test
    void mixedMemoWalksItsDependenciesButHighPartIsShortcut() {
        Database db = new Database();
        db.set(STD, Unit.INSTANCE, "core", Durability.HIGH);
        db.set(FILE, "a.rs", "fn", Durability.LOW);
        db.set(FILE, "b.rs", "x", Durability.LOW);
        assertEquals(7, db.get(FILE_PLUS_STD, "a.rs"));

        db.set(FILE, "b.rs", "xy", Durability.LOW);
        db.resetStats();
        assertEquals(7, db.get(FILE_PLUS_STD, "a.rs"));
        QueryStats stats = db.stats();
        assertEquals(1, stats.reused("filePlusStd"));
        assertEquals(1, stats.reused("stdSizePlusOne"));
        assertEquals(0, stats.reused("stdSize"));
        assertEquals(0, stats.executed("filePlusStd"));
    }

    @Test
    void highChangeInvalidatesEverything() {
        Database db = new Database();
        db.set(STD, Unit.INSTANCE, "core", Durability.HIGH);
        db.set(FILE, "a.rs", "fn", Durability.LOW);
        assertEquals(7, db.get(FILE_PLUS_STD, "a.rs"));
        db.set(STD, Unit.INSTANCE, "alloc", Durability.HIGH);
        db.resetStats();
        assertEquals(8, db.get(FILE_PLUS_STD, "a.rs"));
        assertEquals(1, db.stats().executed("stdSize"));
        assertEquals(1, db.stats().executed("stdSizePlusOne"));
        assertEquals(1, db.stats().executed("filePlusStd"));
    }

    @Test
    void loweringAnInputsDurabilityIsSeenByLaterLowChanges() {
        Database db = new Database();
        db.set(STD, Unit.INSTANCE, "core", Durability.HIGH);
        assertEquals(5, db.get(STD_SIZE_PLUS_ONE, Unit.INSTANCE));
        db.set(STD, Unit.INSTANCE, "core", Durability.LOW); // same value, now LOW
        assertEquals(5, db.get(STD_SIZE_PLUS_ONE, Unit.INSTANCE));
        db.set(STD, Unit.INSTANCE, "core2", Durability.LOW); // a LOW change must reach the memo
        assertEquals(6, db.get(STD_SIZE_PLUS_ONE, Unit.INSTANCE));
    }

    @Test
    void backdatedDependencyThatBecameLowDoesNotLeaveAStaleHighMemo() {
        Input<Unit, Boolean> useFile = Input.named("useFile");
        Query<Unit, Integer> size = Query.of("size", (ctx, unit) -> ctx.input(useFile, unit)
                ? ctx.input(FILE, "f").length()
                : ctx.input(STD, unit).length());
        Query<Unit, Integer> plusOne = Query.of("plusOne", (ctx, unit) -> ctx.get(size, unit) + 1);
        Database db = new Database();
        db.set(useFile, Unit.INSTANCE, false, Durability.HIGH);
        db.set(STD, Unit.INSTANCE, "core", Durability.HIGH);
        db.set(FILE, "f", "abcd", Durability.LOW);
        assertEquals(5, db.get(plusOne, Unit.INSTANCE));
        // size now reads a LOW input and produces an equal value: it backdates, plusOne is reused.
        db.set(useFile, Unit.INSTANCE, true, Durability.HIGH);
        assertEquals(5, db.get(plusOne, Unit.INSTANCE));
        // plusOne must now be LOW: a LOW change has to reach it.
        db.set(FILE, "f", "abcdef", Durability.LOW);
        assertEquals(7, db.get(plusOne, Unit.INSTANCE));
    }
}
