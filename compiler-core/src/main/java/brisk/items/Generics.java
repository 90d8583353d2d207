package brisk.items;

import java.util.List;

/** Generic parameters and where-clause predicates of an item. */
public record Generics(List<Param> params, List<Predicate> where) {
    public static final Generics NONE = new Generics(List.of(), List.of());

    public Generics {
        params = List.copyOf(params);
        where = List.copyOf(where);
    }

    public sealed interface Param {
        String name();
    }

    public record TypeParam(String name, List<Bound> bounds, TypeRef defaultType) implements Param {
        public TypeParam {
            bounds = List.copyOf(bounds);
        }
    }

    public record LifetimeParam(String name) implements Param {}

    public record ConstParam(String name, TypeRef type) implements Param {}

    /** {@code Bounded: bounds} in a where clause. */
    public record Predicate(TypeRef bounded, List<Bound> bounds) {
        public Predicate {
            bounds = List.copyOf(bounds);
        }
    }
}
