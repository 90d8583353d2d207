package brisk.lower;

import brisk.db.QueryContext;
import brisk.items.ItemLoc;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import brisk.types.ImplDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;

/**
 * Static trait dispatch for monomorphic code: which impl of a trait a concrete type uses (matching
 * the impl's self type, binding the impl's generics, checking a blanket impl's bounds), which fn
 * runs a trait method (the impl's own, or the trait's default body instantiated with
 * {@code Self}), and associated types ({@code <T as Iterator>::Item}) normalized through the impl.
 *
 * <p>A trait's default method compiled for one {@code Self} is a {@link FnInstance} of the trait's
 * fn whose type arguments are the trait's and the method's generics followed by {@code Self}
 * ({@link Subst} maps {@code Self}, parameter -1, to the last argument).
 */
final class TraitImpls {
    private TraitImpls() {}

    /** An impl and the concrete arguments of its generics. */
    record Match(ImplDef impl, List<Ty> args) {
        Ty subst(Ty t) {
            return Subst.apply(t, args);
        }
    }

    /** The impl of {@code trait} for {@code self} (trait arguments constrained by {@code traitArgs} where given), or null. */
    static Match find(QueryContext ctx, CrateConfig crate, ItemLoc trait, Ty self, List<Ty> traitArgs) {
        return find(ctx, crate, trait, self, traitArgs, 0);
    }

    private static Match find(QueryContext ctx, CrateConfig crate, ItemLoc trait, Ty self, List<Ty> traitArgs, int depth) {
        if (depth > 8 || trait == null) {
            return null;
        }
        var index = ctx.get(TypeQueries.IMPL_INDEX, crate);
        Match blanket = null;
        for (ImplDef impl : index.implsOf(trait)) {
            var args = new Ty[impl.generics().size()];
            if (!match(impl.selfTy(), self, args)) {
                continue;
            }
            boolean argsOk = true;
            for (int i = 0; traitArgs != null && i < traitArgs.size() && i < impl.trait().args().size(); i++) {
                if (traitArgs.get(i) != null && Calls.isConcrete(traitArgs.get(i))
                        && !match(impl.trait().args().get(i), traitArgs.get(i), args)) {
                    argsOk = false;
                }
            }
            if (!argsOk) {
                continue;
            }
            var list = new ArrayList<Ty>();
            for (Ty a : args) {
                list.add(a == null ? Ty.ERROR : a);
            }
            var m = new Match(impl, list);
            if (!boundsHold(ctx, crate, impl, list, depth)) {
                continue;
            }
            if (!(impl.selfTy() instanceof Ty.Param)) {
                return m;
            }
            if (blanket == null) {
                blanket = m;
            }
        }
        return blanket;
    }

    /** Whether the where clauses of {@code impl} hold for its arguments (traits of std count as held). */
    private static boolean boundsHold(QueryContext ctx, CrateConfig crate, ImplDef impl, List<Ty> args, int depth) {
        var std = ctx.get(TypeQueries.STD_ITEMS, crate);
        for (var p : impl.generics().predicates()) {
            Ty subject = Subst.apply(p.subject(), args);
            var traitOwner = Names.ownerOf(ctx, crate, p.trait().trait());
            if (traitOwner == null || traitOwner.crate().equals(std.std())) {
                continue;
            }
            if (find(ctx, crate, p.trait().trait(), subject, Subst.all(p.trait().args(), args), depth + 1) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds {@code pattern}'s generic parameters ({@code args}, by index) so it equals
     * {@code concrete}; false if it cannot.
     */
    static boolean match(Ty pattern, Ty concrete, Ty[] args) {
        return switch (pattern) {
            case Ty.Param p when p.index() >= 0 && p.index() < args.length -> {
                if (args[p.index()] == null) {
                    args[p.index()] = concrete;
                    yield true;
                }
                yield args[p.index()].equals(concrete);
            }
            case Ty.Ref r -> concrete instanceof Ty.Ref c && c.mutable() == r.mutable() && match(r.inner(), c.inner(), args);
            case Ty.Adt a -> concrete instanceof Ty.Adt c && c.def().equals(a.def()) && matchAll(a.args(), c.args(), args);
            case Ty.Tuple t -> concrete instanceof Ty.Tuple c && matchAll(t.elements(), c.elements(), args);
            case Ty.Slice s -> concrete instanceof Ty.Slice c && match(s.element(), c.element(), args);
            case Ty.Array a -> concrete instanceof Ty.Array c && (a.length() < 0 || a.length() == c.length())
                    && match(a.element(), c.element(), args);
            case Ty.Dyn d -> concrete instanceof Ty.Dyn c && c.trait().trait().equals(d.trait().trait());
            default -> pattern.equals(concrete);
        };
    }

    private static boolean matchAll(List<Ty> patterns, List<Ty> concrete, Ty[] args) {
        if (patterns.size() != concrete.size()) {
            return false;
        }
        for (int i = 0; i < patterns.size(); i++) {
            if (!match(patterns.get(i), concrete.get(i), args)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fn instance running trait method {@code traitMethod} (named {@code name}) for {@code self};
     * {@code callArgs} are the call's generic arguments (the trait's, then the method's own).
     */
    static FnInstance method(QueryContext ctx, CrateConfig crate, BodyOwner traitMethod, String name, Ty self,
                             List<Ty> callArgs) {
        var traitLoc = traitMethod.container();
        var traitDef = ctx.get(TypeQueries.TRAIT_DEF, Names.ownerOf(ctx, crate, traitLoc));
        int traitCount = traitDef.generics().size();
        var traitArgs = callArgs.subList(0, Math.min(traitCount, callArgs.size()));
        var methodArgs = callArgs.subList(Math.min(traitCount, callArgs.size()), callArgs.size());
        var m = find(ctx, crate, traitLoc, self, traitArgs);
        if (m == null) {
            return null;
        }
        var own = m.impl().methods().get(name);
        if (own != null) {
            var args = new ArrayList<>(m.args());
            args.addAll(methodArgs);
            return new FnInstance(own, args);
        }
        var args = new ArrayList<Ty>();
        for (Ty t : m.impl().trait().args()) {
            args.add(m.subst(t));
        }
        while (args.size() < traitCount) {
            args.add(traitArgs.size() > args.size() ? traitArgs.get(args.size()) : Ty.ERROR);
        }
        args.addAll(methodArgs);
        args.add(self);
        return new FnInstance(traitMethod, args);
    }

    /** {@code <self as trait>::name} through the impl, or null when no impl says. */
    static Ty assocType(QueryContext ctx, CrateConfig crate, Ty.TraitRef trait, Ty self, String name) {
        var m = find(ctx, crate, trait.trait(), self, trait.args());
        if (m == null) {
            return null;
        }
        Ty t = m.impl().assocTypes().get(name);
        return t == null ? null : m.subst(t);
    }
}
