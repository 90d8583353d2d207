package brisk.types;

import brisk.db.QueryContext;
import brisk.items.ItemLoc;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The impls visible from one crate (its own and its dependencies'), indexed by method name (for
 * method calls) and by trait (for trait obligations and associated types).
 */
public record ImplIndex(Map<String, List<Candidate>> byMethod, Map<ItemLoc, List<ImplDef>> byTrait) {
    /**
     * A method an impl provides: {@code method} is the impl's own fn, or the trait's default one;
     * {@code traitMethod} is the trait's declaration (null for inherent impls).
     */
    public record Candidate(ImplDef impl, BodyOwner method, BodyOwner traitMethod) {}

    public ImplIndex {
        byMethod = Map.copyOf(byMethod);
        byTrait = Map.copyOf(byTrait);
    }

    static ImplIndex build(QueryContext ctx, CrateConfig crate) {
        var byMethod = new HashMap<String, List<Candidate>>();
        var byTrait = new HashMap<ItemLoc, List<ImplDef>>();
        for (var c : ItemOwners.visibleCrates(ctx, crate)) {
            for (var impl : ctx.get(TypeQueries.CRATE_IMPLS, c)) {
                if (impl.trait() == null) {
                    impl.methods().forEach((name, m) ->
                            byMethod.computeIfAbsent(name, k -> new ArrayList<>()).add(new Candidate(impl, m, null)));
                    continue;
                }
                byTrait.computeIfAbsent(impl.trait().trait(), k -> new ArrayList<>()).add(impl);
                var trait = TypeQueries.traitDef(ctx, crate, impl.trait().trait());
                if (trait == null) {
                    continue;
                }
                trait.methods().forEach((name, tm) -> byMethod.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new Candidate(impl, impl.methods().getOrDefault(name, tm), tm)));
            }
        }
        byMethod.replaceAll((k, v) -> List.copyOf(v));
        byTrait.replaceAll((k, v) -> List.copyOf(v));
        return new ImplIndex(byMethod, byTrait);
    }

    public List<Candidate> methods(String name) {
        return byMethod.getOrDefault(name, List.of());
    }

    public List<ImplDef> implsOf(ItemLoc trait) {
        return byTrait.getOrDefault(trait, List.of());
    }
}
