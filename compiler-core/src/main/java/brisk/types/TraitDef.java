package brisk.types;

import brisk.items.ItemLoc;
import brisk.resolve.BodyOwner;
import java.util.List;
import java.util.Map;

/** A trait: its methods (by name, each a fn item of the trait), associated type names, supertraits. */
public record TraitDef(ItemLoc loc, String name, GenericParams generics, Map<String, BodyOwner> methods,
                       List<String> assocTypes, List<Ty.TraitRef> supertraits) {
    public TraitDef {
        methods = Map.copyOf(methods);
        assocTypes = List.copyOf(assocTypes);
        supertraits = List.copyOf(supertraits);
    }
}
