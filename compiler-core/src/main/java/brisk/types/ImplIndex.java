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
public record ImplIndex(Map<String, List<Candidate>> byMethod, Map<ItemLoc, List<ImplDef>> byTrait,
                        Map<String, Map<Object, List<Candidate>>> byMethodAndHead, Map<String, List<ImplDef>> byConst) {
    /**
     * A method an impl provides: {@code method} is the impl's own fn, or the trait's default one;
     * {@code traitMethod} is the trait's declaration (null for inherent impls).
     */
    public record Candidate(ImplDef impl, BodyOwner method, BodyOwner traitMethod) {
        /** The head of the impl's self type ({@link TypeHead}), for rejecting it without unification. */
        Object selfHead() {
            return TypeHead.of(impl.selfTy());
        }
    }

    public ImplIndex {
        byMethod = Map.copyOf(byMethod);
        byTrait = Map.copyOf(byTrait);
        byMethodAndHead = Map.copyOf(byMethodAndHead);
        byConst = Map.copyOf(byConst);
    }

    /** Heads under which candidates whose self type can be anything (blanket impls) are filed. */
    private static final Object ANY = "*any*";

    static ImplIndex build(QueryContext ctx, CrateConfig crate) {
        var byMethod = new HashMap<String, List<Candidate>>();
        var byTrait = new HashMap<ItemLoc, List<ImplDef>>();
        var byConst = new HashMap<String, List<ImplDef>>();
        for (var c : ItemOwners.visibleCrates(ctx, crate)) {
            for (var impl : ctx.get(TypeQueries.CRATE_IMPLS, c)) {
                impl.consts().keySet().forEach(name -> byConst.computeIfAbsent(name, k -> new ArrayList<>()).add(impl));
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
        var byHead = new HashMap<String, Map<Object, List<Candidate>>>();
        byMethod.forEach((name, list) -> {
            var heads = new HashMap<Object, List<Candidate>>();
            for (var c : list) {
                Object head = c.selfHead();
                heads.computeIfAbsent(head == null ? ANY : head, k -> new ArrayList<>()).add(c);
            }
            heads.replaceAll((k, v) -> List.copyOf(v));
            byHead.put(name, Map.copyOf(heads));
        });
        byConst.replaceAll((k, v) -> List.copyOf(v));
        return new ImplIndex(byMethod, byTrait, byHead, byConst);
    }

    /**
     * The candidates named {@code name} whose impl self type may be a type with head {@code head}
     * or {@code innerHead} (null: any), a reference, or anything (blanket impls), in declaration order.
     */
    public List<Candidate> methods(String name, Object head, Object innerHead) {
        if (head == null) {
            return methods(name);
        }
        var heads = byMethodAndHead.get(name);
        if (heads == null) {
            return List.of();
        }
        var out = new ArrayList<Candidate>();
        addAll(out, heads.get(head));
        if (innerHead != null && !innerHead.equals(head)) {
            addAll(out, heads.get(innerHead));
        }
        if (!TypeHead.REF.equals(head) && !TypeHead.REF.equals(innerHead)) {
            addAll(out, heads.get(TypeHead.REF));
        }
        addAll(out, heads.get(ANY));
        return out;
    }

    private static void addAll(List<Candidate> out, List<Candidate> more) {
        if (more != null) {
            out.addAll(more);
        }
    }

    public List<Candidate> methods(String name) {
        return byMethod.getOrDefault(name, List.of());
    }

    /** Impls declaring an associated const {@code name}. */
    public List<ImplDef> constsNamed(String name) {
        return byConst.getOrDefault(name, List.of());
    }

    public List<ImplDef> implsOf(ItemLoc trait) {
        return byTrait.getOrDefault(trait, List.of());
    }
}
