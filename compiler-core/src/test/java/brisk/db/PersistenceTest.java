package brisk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersistenceTest {
    private static final Input<String, String> TEXT = Input.named("text");
    private static final Query<String, Integer> LENGTH = Query.of("length",
            (ctx, file) -> ctx.hasInput(TEXT, file) ? ctx.input(TEXT, file).length() : -1);
    private static final Query<String, Integer> PARITY =
            Query.of("parity", (ctx, file) -> Math.floorMod(ctx.get(LENGTH, file), 2));
    private static final Query<Unit, List<Integer>> PARITIES =
            Query.of("parities", (ctx, unit) -> List.of(ctx.get(PARITY, "a"), ctx.get(PARITY, "b")));
    /** Reads an ingredient outside the schema: never persisted. */
    private static final Query<String, Integer> UNPERSISTED =
            Query.of("unpersisted", (ctx, file) -> ctx.get(LENGTH, file) + 1);

    private static PersistSchema schema(String version) {
        return PersistSchema.builder(version)
                .input(TEXT, Codecs.STRING)
                .query(LENGTH, Codecs.STRING)
                .query(PARITY, Codecs.STRING)
                .query(PARITIES, Codecs.of(Unit.class), Codecs.listOf(Codecs.INT))
                .build();
    }

    private static final PersistSchema SCHEMA = schema("1.0");

    private static byte[] savedDatabase() {
        Database db = new Database();
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.HIGH);
        assertEquals(List.of(0, 1), db.get(PARITIES, Unit.INSTANCE));
        assertEquals(3, db.get(UNPERSISTED, "a"));
        return db.save(SCHEMA);
    }

    private static Database loaded(byte[] bytes) {
        Database db = new Database();
        assertNull(db.load(SCHEMA, bytes));
        return db;
    }

    @Test
    void unchangedInputsAnswerFromTheFileWithoutExecuting() {
        Database db = loaded(savedDatabase());
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.HIGH);
        long revision = db.revision();
        assertEquals(List.of(0, 1), db.get(PARITIES, Unit.INSTANCE));
        assertEquals(revision, db.revision());
        QueryStats stats = db.stats();
        for (String query : List.of("length", "parity", "parities")) {
            assertEquals(0, stats.executed(query), query);
        }
    }

    @Test
    void greenMemoWithoutValueIsRecomputedWhenRequested() {
        Database db = loaded(savedDatabase());
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.HIGH);
        assertEquals(2, db.get(LENGTH, "a"));
        assertEquals(1, db.stats().executed("length"));
        assertEquals(2, db.get(LENGTH, "a"));
        assertEquals(1, db.stats().executed("length"));
    }

    @Test
    void persistedFingerprintBackdatesAReExecution() {
        Database db = loaded(savedDatabase());
        db.set(TEXT, "a", "xxxx", Durability.LOW); // length changes, parity does not
        db.set(TEXT, "b", "yyy", Durability.HIGH);
        assertEquals(List.of(0, 1), db.get(PARITIES, Unit.INSTANCE));
        QueryStats stats = db.stats();
        assertEquals(1, stats.executed("length"));
        assertEquals(1, stats.executed("parity"));
        assertEquals(1, stats.backdated("parity"));
        assertEquals(0, stats.executed("parities"));
        assertEquals(4, db.get(LENGTH, "a"));
    }

    @Test
    void changedValueReExecutesDependents() {
        Database db = loaded(savedDatabase());
        db.set(TEXT, "a", "xxx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.HIGH);
        assertEquals(List.of(1, 1), db.get(PARITIES, Unit.INSTANCE));
        assertEquals(1, db.stats().executed("parities"));
    }

    @Test
    void inputsNotSetAgainAreRemoved() {
        Database db = loaded(savedDatabase());
        db.set(TEXT, "a", "xx", Durability.LOW);
        assertEquals(List.of(0, 1), db.get(PARITIES, Unit.INSTANCE)); // b: length -1, parity 1
        assertEquals(-1, db.get(LENGTH, "b"));
        assertEquals(1, db.stats().executed("length"), "only b's length re-ran");
    }

    @Test
    void durabilityChangeCountsAsAChange() {
        Database db = loaded(savedDatabase());
        db.set(TEXT, "a", "xx", Durability.HIGH);
        db.set(TEXT, "b", "yyy", Durability.HIGH);
        assertEquals(List.of(0, 1), db.get(PARITIES, Unit.INSTANCE));
        assertEquals(1, db.stats().executed("length"));
    }

    @Test
    void savedAgainAfterLoadingRoundTrips() {
        Database first = loaded(savedDatabase());
        first.set(TEXT, "a", "xxxx", Durability.LOW);
        first.set(TEXT, "b", "yyy", Durability.HIGH);
        first.get(PARITIES, Unit.INSTANCE);
        Database second = loaded(first.save(SCHEMA));
        second.set(TEXT, "a", "xxxx", Durability.LOW);
        second.set(TEXT, "b", "yyy", Durability.HIGH);
        assertEquals(List.of(0, 1), second.get(PARITIES, Unit.INSTANCE));
        assertEquals(0, second.stats().executed("parity"));
    }

    @Test
    void everyTruncationIsRejected() {
        byte[] bytes = savedDatabase();
        for (int length = 0; length < bytes.length; length++) {
            Database db = new Database();
            assertNotNull(db.load(SCHEMA, Arrays.copyOf(bytes, length)), "prefix of " + length + " bytes");
            assertUsable(db);
        }
    }

    @Test
    void everyFlippedByteIsRejected() {
        byte[] bytes = savedDatabase();
        for (int i = 0; i < bytes.length; i++) {
            byte[] corrupt = bytes.clone();
            corrupt[i] ^= 0x5A;
            Database db = new Database();
            assertNotNull(db.load(SCHEMA, corrupt), "byte " + i + " flipped");
            assertUsable(db);
        }
    }

    @Test
    void trailingGarbageIsRejected() {
        byte[] bytes = savedDatabase();
        assertNotNull(new Database().load(SCHEMA, Arrays.copyOf(bytes, bytes.length + 1)));
    }

    @Test
    void foreignVersionsAndSchemasAreRejected() {
        byte[] bytes = savedDatabase();
        assertNotNull(new Database().load(schema("2.0"), bytes));
        PersistSchema otherShape = PersistSchema.builder("1.0")
                .input(TEXT, Codecs.STRING)
                .query(LENGTH, Codecs.STRING)
                .build();
        assertNotNull(new Database().load(otherShape, bytes));
        byte[] otherFormat = bytes.clone();
        otherFormat[8]++; // the format version follows the 8-byte magic
        assertNotNull(new Database().load(SCHEMA, otherFormat));
        assertNotNull(new Database().load(SCHEMA, "not a cache at all".getBytes()));
    }

    @Test
    void aValueThatDoesNotDecodeIsRecomputed() {
        Codec<List<Integer>> failing = new Codec<>() {
            @Override
            public void write(BinaryWriter out, List<Integer> value) {
                Codecs.listOf(Codecs.INT).write(out, value);
            }

            @Override
            public List<Integer> read(BinaryReader in) {
                throw new CorruptCacheException("refused");
            }

            @Override
            public String describe() {
                return Codecs.listOf(Codecs.INT).describe();
            }
        };
        PersistSchema refusing = PersistSchema.builder("1.0")
                .input(TEXT, Codecs.STRING)
                .query(LENGTH, Codecs.STRING)
                .query(PARITY, Codecs.STRING)
                .query(PARITIES, Codecs.of(Unit.class), failing)
                .build();
        Database db = new Database();
        assertNull(db.load(refusing, savedDatabase()));
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.HIGH);
        assertEquals(List.of(0, 1), db.get(PARITIES, Unit.INSTANCE));
        assertEquals(1, db.stats().executed("parities"));
    }

    /** A rejected cache leaves a database that computes from scratch. */
    private static void assertUsable(Database db) {
        db.set(TEXT, "a", "xx", Durability.LOW);
        db.set(TEXT, "b", "yyy", Durability.HIGH);
        assertEquals(List.of(0, 1), db.get(PARITIES, Unit.INSTANCE));
        assertEquals(1, db.stats().executed("parities"));
    }
}
