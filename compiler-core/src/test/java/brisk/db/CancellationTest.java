package brisk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class CancellationTest {
    private static final Input<Unit, Integer> LIMIT = Input.named("limit");

    @Test
    void setCancelsALongQueryOnAnotherThreadAndCompletes() {
        CountDownLatch started = new CountDownLatch(1);
        Query<Unit, Integer> spin = Query.of("spin", (ctx, unit) -> {
            int limit = ctx.input(LIMIT, unit);
            started.countDown();
            while (true) { // only a pending write ends this loop
                ctx.checkCancelled();
                Thread.onSpinWait();
                if (limit < 0) {
                    return limit;
                }
            }
        });
        Database db = new Database();
        db.set(LIMIT, Unit.INSTANCE, 1, Durability.LOW);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
                try (Snapshot snapshot = db.snapshot()) {
                    return snapshot.get(spin, Unit.INSTANCE);
                }
            });
            started.await();
            db.set(LIMIT, Unit.INSTANCE, -1, Durability.LOW);
            ExecutionException failure = assertThrows(ExecutionException.class, reader::get);
            assertInstanceOf(Cancelled.class, failure.getCause());
            assertEquals(0, db.stats().executed("spin")); // the cancelled run stored no memo
            assertEquals(-1, db.get(spin, Unit.INSTANCE));
        });
    }

    @Test
    void cancelledQueryDeepInTheStackStoresNoMemo() {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        Query<Unit, Integer> inner = Query.of("inner", (ctx, unit) -> {
            started.countDown();
            while (true) {
                try {
                    ctx.checkCancelled();
                } catch (Cancelled e) {
                    cancelled.countDown();
                    throw e;
                }
                Thread.onSpinWait();
                if (ctx.revision() < 0) {
                    return 0;
                }
            }
        });
        Query<Unit, Integer> outer = Query.of("outer", (ctx, unit) -> ctx.get(inner, unit) + 1);
        Database db = new Database();
        db.set(LIMIT, Unit.INSTANCE, 1, Durability.LOW);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Thread reader = Thread.ofPlatform().start(() -> {
                try (Snapshot snapshot = db.snapshot()) {
                    snapshot.get(outer, Unit.INSTANCE);
                } catch (Cancelled expected) {
                    // the request boundary
                }
            });
            started.await();
            db.set(LIMIT, Unit.INSTANCE, 2, Durability.LOW);
            cancelled.await();
            reader.join();
            assertEquals(0, db.stats().executed("outer"));
            assertEquals(0, db.stats().executed("inner"));
        });
    }

    @Test
    void setWhileHoldingASnapshotOnTheSameThreadIsRefused() {
        Database db = new Database();
        db.set(LIMIT, Unit.INSTANCE, 1, Durability.LOW);
        try (Snapshot snapshot = db.snapshot()) {
            assertEquals(1, snapshot.input(LIMIT, Unit.INSTANCE));
            assertThrows(IllegalStateException.class, () -> db.set(LIMIT, Unit.INSTANCE, 2, Durability.LOW));
        }
        db.set(LIMIT, Unit.INSTANCE, 2, Durability.LOW);
        try (Snapshot fresh = db.snapshot()) {
            assertEquals(2, fresh.input(LIMIT, Unit.INSTANCE));
        }
    }

    @Test
    void setFromInsideAQueryIsRefused() {
        Database db = new Database();
        Query<Unit, Integer> writer = Query.of("writer", (ctx, unit) -> {
            db.set(LIMIT, Unit.INSTANCE, 5, Durability.LOW);
            return 0;
        });
        assertThrows(IllegalStateException.class, () -> db.get(writer, Unit.INSTANCE));
    }

    @Test
    void readingThroughASnapshotInsideAQueryIsRefused() {
        Database db = new Database();
        db.set(LIMIT, Unit.INSTANCE, 1, Durability.LOW);
        Query<Unit, Integer> sneaky = Query.of("sneaky", (ctx, unit) -> {
            try (Snapshot nested = db.snapshot()) {
                return nested.input(LIMIT, unit);
            }
        });
        assertThrows(IllegalStateException.class, () -> db.get(sneaky, Unit.INSTANCE));
    }

    @Test
    void snapshotSeesOneRevisionAndRejectsUseAfterClose() {
        Database db = new Database();
        db.set(LIMIT, Unit.INSTANCE, 1, Durability.LOW);
        Snapshot snapshot = db.snapshot();
        assertEquals(db.revision(), snapshot.revision());
        snapshot.close();
        snapshot.close();
        assertThrows(IllegalStateException.class, () -> snapshot.input(LIMIT, Unit.INSTANCE));
        db.set(LIMIT, Unit.INSTANCE, 2, Durability.LOW);
    }
}
