package brisk.db;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dense ids for {@link Input}s and {@link Query}s: a database finds an ingredient's table by indexing an
 * array with the id, so the hot path does no hashing on the ingredient.
 */
final class IngredientIds {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private IngredientIds() {}

    static int next() {
        return NEXT.getAndIncrement();
    }
}
