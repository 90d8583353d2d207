package brisk.items;

import java.util.List;

/** A bound in {@code T: Bound} position. */
public sealed interface Bound {
    /**
     * {@code Trait<..>}, {@code ?Sized}, or Fn sugar {@code Fn(A) -> B} (then {@code fnSugarParams} is non-null).
     */
    record TraitBound(Path path, boolean maybe, List<TypeRef> fnSugarParams, TypeRef fnSugarRet) implements Bound {}

    record LifetimeBound(String lifetime) implements Bound {}
}
