package brisk.types;

import brisk.resolve.BodyOwner;
import java.util.Map;

/**
 * An impl block: {@code impl<generics> trait for selfTy} ({@code trait} null for an inherent impl),
 * its methods by name and its associated types, all in terms of the impl's own generics.
 */
public record ImplDef(BodyOwner owner, GenericParams generics, Ty selfTy, Ty.TraitRef trait,
                      Map<String, BodyOwner> methods, Map<String, Ty> assocTypes, Map<String, Ty> consts) {
    public ImplDef {
        methods = Map.copyOf(methods);
        assocTypes = Map.copyOf(assocTypes);
        consts = Map.copyOf(consts);
    }
}
