package brisk.lower;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.items.Item;
import brisk.items.ItemQueries;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.resolve.BodyOwner;
import brisk.types.Ty;
import java.util.List;

/**
 * Functions brisk generates for a type instance where derived code must be able to recurse:
 * {@code Debug} ({@link DebugFns}), {@code Clone} ({@link Cloning}), {@code PartialEq} and
 * {@code PartialOrd} ({@link Comparisons}). Such a fn is the {@link FnInstance} whose owner is the
 * struct or enum item with the std trait as its container, and whose only type argument is the ADT
 * instance; {@link FnLowering#lower} hands it here. It lives in the type's module (one fn however many
 * crates ask: the program collector keeps one per name).
 */
final class DerivedFns {
    private DerivedFns() {}

    /** Whether {@code instance} is a generated fn (see the class comment). */
    static boolean isDerived(QueryContext ctx, FnInstance instance) {
        var item = ctx.get(ItemQueries.ITEM_TREE, instance.owner().item().file()).item(instance.owner().item().index());
        return item instanceof Item.Struct || item instanceof Item.Enum;
    }

    /** The generated {@code trait} fn (a std trait's name) of {@code adt}. */
    static FnInstance instance(FnLowering fn, Ty.Adt adt, String trait) {
        var owner = Names.ownerOf(fn.ctx, fn.instance.owner().crate(), adt.def());
        // Lowered under a crate that sees std's items: the type's own, or (for std's types) the requesting one.
        var crate = owner.crate().equals(fn.types.std().std()) ? fn.instance.owner().crate() : owner.crate();
        return new FnInstance(new BodyOwner(crate, owner.module(), adt.def(), fn.types.std().get(trait)), List.of(adt));
    }

    static FnRef ref(QueryContext ctx, FnInstance instance, IrSig sig) {
        return new FnRef(modulePath(ctx, instance), Names.fnName(ctx, instance), sig);
    }

    private static IrPath modulePath(QueryContext ctx, FnInstance instance) {
        var owner = Names.ownerOf(ctx, instance.owner().crate(), instance.owner().item());
        return Names.modulePath(ctx, owner.crate(), owner.module());
    }

    /** Lowers a generated fn. */
    static LoweredFn lower(FnLowering fn) {
        var adt = (Ty.Adt) fn.instance.typeArgs().getFirst();
        String trait = Names.itemName(fn.ctx, fn.instance.owner().container());
        IrSig sig = switch (trait) {
            case "Debug" -> DebugFns.lowerBody(fn, adt);
            case "Clone" -> new Cloning(fn).lowerBody(adt);
            case "PartialEq" -> new Comparisons(fn).lowerBody(adt, true);
            case "PartialOrd" -> new Comparisons(fn).lowerBody(adt, false);
            default -> throw new Unsupported("derived `" + trait + "`", TextRange.at(0));
        };
        var function = new IrFunction(modulePath(fn.ctx, fn.instance), Names.fnName(fn.ctx, fn.instance), sig,
                fn.cfg.locals(), fn.cfg.blocks());
        fn.types.dyns().forEach(t -> fn.dynUses.add(new DynTraits.Use(null, t)));
        return new LoweredFn(function, List.copyOf(fn.callees), fn.types.adts(), List.of(), List.of(),
                List.copyOf(fn.dynUses));
    }
}
