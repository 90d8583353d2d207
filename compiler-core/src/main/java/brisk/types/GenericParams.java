package brisk.types;

import java.util.List;

/**
 * The generic type parameters in scope of an item: its container's (impl or trait) first, then its
 * own; {@link Ty.Param#index()} indexes {@link #names}. Lifetimes are erased; const generics are
 * not supported and count as nothing. {@code predicates} hold every bound and where clause.
 */
public record GenericParams(List<String> names, int containerCount, List<Predicate> predicates) {
    public static final GenericParams NONE = new GenericParams(List.of(), 0, List.of());

    public GenericParams {
        names = List.copyOf(names);
        predicates = List.copyOf(predicates);
    }

    public int indexOf(String name) {
        return names.lastIndexOf(name);
    }

    public int size() {
        return names.size();
    }
}
