package brisk.types;

import java.util.List;
import java.util.Map;

/**
 * {@code subject: Trait<args, Assoc = ty>}; Fn sugar {@code F: Fn(A, B) -> R} is the trait {@code Fn}
 * with one tuple argument {@code (A, B)} and the binding {@code Output = R}.
 */
public record Predicate(Ty subject, Ty.TraitRef trait, Map<String, Ty> assoc) {
    public Predicate {
        assoc = Map.copyOf(assoc);
    }

    /** The parameter types of an Fn-sugar bound, or null when this is not one. */
    public List<Ty> fnSugarParams() {
        if (trait.args().size() == 1 && trait.args().getFirst() instanceof Ty.Tuple t && assoc.containsKey("Output")
                && StdItems.isFnTrait(trait.name())) {
            return t.elements();
        }
        return null;
    }
}
