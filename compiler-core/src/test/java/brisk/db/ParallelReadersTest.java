package brisk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelReadersTest {
    private static final Input<Integer, Integer> VALUE = Input.named("value");

    @Test
    void sharedKeyRequestedByTwoThreadsIsComputedOnce() {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Query<Integer, Integer> slow = Query.of("slow", (ctx, key) -> {
            computing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return ctx.input(VALUE, key) * 10;
        });
        Query<Integer, Integer> viaSlow = Query.of("viaSlow", (ctx, key) -> ctx.get(slow, key) + 1);
        Database db = new Database();
        db.set(VALUE, 1, 4, Durability.LOW);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (Snapshot snapshot = db.snapshot()) {
                CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> snapshot.get(slow, 1));
                computing.await();
                Thread second = Thread.ofPlatform().unstarted(() -> assertEquals(41, snapshot.get(viaSlow, 1)));
                second.start();
                while (second.getState() != Thread.State.WAITING && second.isAlive()) {
                    Thread.onSpinWait(); // the second reader is now blocked on the first one's claim
                }
                release.countDown();
                assertEquals(40, first.get());
                second.join();
            }
        });
        assertEquals(1, db.stats().executed("slow"));
        assertEquals(1, db.stats().executed("viaSlow"));
    }

    @Test
    void manyThreadsOverOneSnapshotAgree() {
        Query<Integer, Integer> square = Query.of("square", (ctx, key) -> ctx.input(VALUE, key % 8) * key);
        Query<Integer, Integer> sum = Query.of("sumOfSquares",
                (ctx, n) -> IntStream.range(0, n).map(i -> ctx.get(square, i)).sum());
        Database db = new Database();
        for (int i = 0; i < 8; i++) {
            db.set(VALUE, i, i, Durability.LOW);
        }
        int expected = IntStream.range(0, 200).map(i -> (i % 8) * i).sum();
        try (Snapshot snapshot = db.snapshot()) {
            List<Integer> results = IntStream.range(0, 64).parallel()
                    .mapToObj(i -> snapshot.get(sum, 200))
                    .toList();
            results.forEach(result -> assertEquals(expected, result));
        }
        assertEquals(1, db.stats().executed("sumOfSquares"));
        assertEquals(200, db.stats().executed("square"));
    }
}
