package brisk.lower;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrImpl;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTrait;
import brisk.lower.ir.IrType;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code dyn Trait}: the IR interface of a trait (its object-safe methods: a {@code &self} or
 * {@code &mut self} receiver, no generics of their own, {@code Self} nowhere else) and each
 * struct's or enum's implementation of it, whose methods are the impl's fns or the trait's default
 * bodies instantiated for that type. Methods of program-defined, non-generic supertraits are part of
 * the interface too.
 */
final class DynTraits {
    private DynTraits() {}

    /** A concrete type coerced to {@code dyn trait} ({@code adt} null: the trait only appears as a type). */
    record Use(Ty.Adt adt, Ty.TraitRef trait) {}

    static IrPath path(QueryContext ctx, CrateConfig from, Ty.TraitRef trait) {
        var owner = Names.ownerOf(ctx, from, trait.trait());
        String name = trait.args().isEmpty() ? trait.name() : trait.name() + "$" + Names.mangleAll(trait.args());
        return Names.modulePath(ctx, owner.crate(), owner.module()).child(name);
    }

    /** The object-safe methods of {@code trait}, by name (sorted, for deterministic output). */
    static Map<String, BodyOwner> methods(QueryContext ctx, CrateConfig from, Ty.TraitRef trait) {
        var out = new TreeMap<String, BodyOwner>();
        collect(ctx, from, trait.trait(), out, 0);
        return out;
    }

    /** The trait's own object-safe methods, then its program-defined supertraits' (non-generic ones). */
    private static void collect(QueryContext ctx, CrateConfig from, brisk.items.ItemLoc traitLoc,
                                Map<String, BodyOwner> out, int depth) {
        var owner = Names.ownerOf(ctx, from, traitLoc);
        var def = owner == null ? null : ctx.get(TypeQueries.TRAIT_DEF, owner);
        if (def == null || depth > 8) {
            return;
        }
        var std = ctx.get(TypeQueries.STD_ITEMS, from);
        def.methods().forEach((name, m) -> {
            var sig = ctx.get(TypeQueries.FN_SIGNATURE, m);
            if (!sig.hasSelf() || !(sig.params().getFirst() instanceof Ty.Ref)
                    || sig.generics().size() != def.generics().size()) {
                return;
            }
            for (int i = 1; i < sig.params().size(); i++) {
                if (mentionsSelf(sig.params().get(i))) {
                    return;
                }
            }
            if (!mentionsSelf(sig.ret())) {
                out.putIfAbsent(name, m);
            }
        });
        for (var sup : def.supertraits()) {
            var supOwner = Names.ownerOf(ctx, from, sup.trait());
            if (supOwner != null && !supOwner.crate().equals(std.std()) && sup.args().isEmpty()) {
                collect(ctx, from, sup.trait(), out, depth + 1);
            }
        }
    }

    private static boolean mentionsSelf(Ty t) {
        return switch (t) {
            case Ty.Param p -> p.index() < 0;
            case Ty.Ref r -> mentionsSelf(r.inner());
            case Ty.Adt a -> a.args().stream().anyMatch(DynTraits::mentionsSelf);
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(DynTraits::mentionsSelf);
            case Ty.Slice s -> mentionsSelf(s.element());
            case Ty.Array a -> mentionsSelf(a.element());
            case Ty.Projection p -> true;
            default -> false;
        };
    }

    /** The IR interface of {@code trait}. */
    static IrTrait irTrait(QueryContext ctx, CrateConfig from, Ty.TraitRef trait, List<Ty.Adt> adtsMet) {
        var types = new TypeLowering(ctx, from, trait.args());
        var methods = new ArrayList<IrTrait.Method>();
        methods(ctx, from, trait).forEach((name, m) -> {
            var sig = ctx.get(TypeQueries.FN_SIGNATURE, m);
            var params = new ArrayList<IrType>();
            for (int i = 1; i < sig.params().size(); i++) {
                params.add(types.lower(sig.params().get(i), TextRange.at(0)));
            }
            methods.add(new IrTrait.Method(name, new IrSig(params, types.lower(sig.ret(), TextRange.at(0)))));
        });
        adtsMet.addAll(types.adts());
        return new IrTrait(path(ctx, from, trait), methods);
    }

    /** {@code adt}'s implementation of {@code trait}; the fn instances it runs are added to {@code needed}. */
    static IrImpl irImpl(QueryContext ctx, CrateConfig from, Ty.Adt adt, Ty.TraitRef trait, List<FnInstance> needed,
                         List<Ty.Adt> adtsMet) {
        var methods = new ArrayList<IrImpl.Method>();
        methods(ctx, from, trait).forEach((name, m) -> {
            var instance = TraitImpls.method(ctx, from, m, name, adt, trait.args());
            if (instance == null) {
                throw new Unsupported("`dyn " + trait.name() + "` of `" + adt.name() + "` (no impl found)", TextRange.at(0));
            }
            needed.add(instance);
            methods.add(new IrImpl.Method(name, fnRef(ctx, from, instance, adtsMet)));
        });
        return new IrImpl(path(ctx, from, trait), methods);
    }

    static FnRef fnRef(QueryContext ctx, CrateConfig from, FnInstance instance, List<Ty.Adt> adtsMet) {
        var sig = ctx.get(TypeQueries.FN_SIGNATURE, instance.owner());
        var types = new TypeLowering(ctx, from, instance.typeArgs());
        var params = new ArrayList<IrType>();
        for (Ty p : sig.params()) {
            params.add(types.lower(p, TextRange.at(0)));
        }
        IrType ret = types.lower(sig.ret(), TextRange.at(0));
        adtsMet.addAll(types.adts());
        return new FnRef(Names.modulePath(ctx, instance.owner().crate(), instance.owner().module()),
                Names.fnName(ctx, instance), new IrSig(params, ret));
    }
}
