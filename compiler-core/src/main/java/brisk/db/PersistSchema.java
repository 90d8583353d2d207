package brisk.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What of a {@link Database} can be persisted and how: the inputs and queries with a key codec (others are
 * not persisted), the queries whose values are persisted too (others keep only a value fingerprint), and the
 * {@link Fingerprinter}. Its {@link #shapeFingerprint()} (names and codec shapes) goes into the cache
 * header, so a cache written under a different schema is rejected.
 */
public final class PersistSchema {
    /** One persisted ingredient: an input or query with its key codec and, optionally, value codec. */
    record Ingredient(String name, Input<?, ?> input, Query<?, ?> query, Codec<Object> keyCodec,
                      Codec<Object> valueCodec) {}

    private final String version;
    private final Map<String, Ingredient> ingredients;
    private final Fingerprinter fingerprinter;

    private PersistSchema(String version, Map<String, Ingredient> ingredients, Fingerprinter fingerprinter) {
        this.version = version;
        this.ingredients = ingredients;
        this.fingerprinter = fingerprinter;
    }

    public static Builder builder(String version) {
        return new Builder(version);
    }

    /** The producer's version string (brisk's); a cache written by another version is rejected. */
    public String version() {
        return version;
    }

    public Fingerprinter fingerprinter() {
        return fingerprinter;
    }

    /** Whether the input or query named {@code name} is persisted. */
    public boolean persists(String name) {
        return ingredients.containsKey(name);
    }

    Ingredient ingredient(String name) {
        return ingredients.get(name);
    }

    List<Ingredient> ingredients() {
        return List.copyOf(ingredients.values());
    }

    /** A fingerprint of every ingredient's name and codec shapes, in registration order. */
    public Fingerprint shapeFingerprint() {
        List<String> shape = new ArrayList<>();
        for (Ingredient ingredient : ingredients.values()) {
            shape.add((ingredient.input != null ? "input " : "query ") + ingredient.name + " "
                    + ingredient.keyCodec.describe() + " "
                    + (ingredient.valueCodec == null ? "-" : ingredient.valueCodec.describe()));
        }
        return Fingerprinter.standard().of(shape);
    }

    public static final class Builder {
        private final String version;
        private final Map<String, Ingredient> ingredients = new LinkedHashMap<>();
        private Fingerprinter fingerprinter = Fingerprinter.standard();

        private Builder(String version) {
            this.version = Objects.requireNonNull(version);
        }

        @SuppressWarnings("unchecked")
        public <K> Builder input(Input<K, ?> input, Codec<K> keyCodec) {
            return add(new Ingredient(input.name(), input, null, (Codec<Object>) keyCodec, null));
        }

        /** A query persisted as dependencies, revisions and value fingerprint, without its value. */
        @SuppressWarnings("unchecked")
        public <K> Builder query(Query<K, ?> query, Codec<K> keyCodec) {
            return add(new Ingredient(query.name(), null, query, (Codec<Object>) keyCodec, null));
        }

        /** A query persisted with its value, so a green memo is answered without recomputing. */
        @SuppressWarnings("unchecked")
        public <K, V> Builder query(Query<K, V> query, Codec<K> keyCodec, Codec<V> valueCodec) {
            return add(new Ingredient(query.name(), null, query, (Codec<Object>) keyCodec,
                    (Codec<Object>) valueCodec));
        }

        public Builder fingerprinter(Fingerprinter fingerprinter) {
            this.fingerprinter = Objects.requireNonNull(fingerprinter);
            return this;
        }

        private Builder add(Ingredient ingredient) {
            if (ingredients.putIfAbsent(ingredient.name(), ingredient) != null) {
                throw new IllegalArgumentException("ingredient '" + ingredient.name() + "' registered twice");
            }
            return this;
        }

        public PersistSchema build() {
            return new PersistSchema(version, Collections.unmodifiableMap(new LinkedHashMap<>(ingredients)),
                    fingerprinter);
        }
    }
}
