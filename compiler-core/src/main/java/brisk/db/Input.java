package brisk.db;

import java.util.Objects;

/**
 * A named family of base facts (file texts, manifests, ...) set from outside with
 * {@link Database#set}. Declare inputs once, as constants; an {@code Input} carries no values itself, so
 * one constant serves every {@link Database}. Keys and values must be immutable and implement
 * {@code equals}/{@code hashCode}: keys index the table, and {@code set} of an equal value is a no-op.
 * Names must be unique within a database (they will also identify the input on disk).
 */
public final class Input<K, V> {
    final int id;
    private final String name;

    private Input(String name) {
        this.name = Objects.requireNonNull(name, "name");
        this.id = IngredientIds.next();
    }

    public static <K, V> Input<K, V> named(String name) {
        return new Input<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Input[" + name + "]";
    }
}
