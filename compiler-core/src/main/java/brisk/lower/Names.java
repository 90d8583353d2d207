package brisk.lower;

import brisk.db.QueryContext;
import brisk.db.Unit;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.lower.ir.IrPath;
import brisk.project.ProjectInputs;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import brisk.resolve.ResolveQueries;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;

/**
 * IR names of Rust items. A crate configuration's symbol is its name, {@code $}, its graph index
 * (and {@code t} under cfg(test)), so a package's lib and bin of one name never collide. Impl
 * methods are {@code SelfType$method} ({@code SelfType$Trait$method} in a trait impl); generic
 * instances append {@code $} and their mangled type arguments.
 */
final class Names {
    private Names() {}

    static String crateSymbol(QueryContext ctx, CrateConfig crate) {
        var data = ctx.input(ProjectInputs.CRATE_GRAPH, Unit.INSTANCE).crate(crate.crate());
        return data.name() + "$" + crate.crate().index() + (crate.test() ? "t" : "");
    }

    static IrPath modulePath(QueryContext ctx, CrateConfig crate, int module) {
        var defMap = ctx.get(ResolveQueries.DEF_MAP, crate);
        var segments = new ArrayList<String>();
        for (int m = module; m > 0; m = defMap.module(m).parent()) {
            segments.addFirst(defMap.module(m).name());
        }
        segments.addFirst(crateSymbol(ctx, crate));
        return new IrPath(segments);
    }

    static String itemName(QueryContext ctx, ItemLoc loc) {
        return ctx.get(ItemQueries.ITEM_TREE, loc.file()).item(loc.index()).name();
    }

    /** The owner of an item of crate {@code from} or its dependencies. */
    static BodyOwner ownerOf(QueryContext ctx, CrateConfig from, ItemLoc loc) {
        var crate = ctx.get(TypeQueries.FILE_CRATES, from).get(loc.file());
        return crate == null ? null : ctx.get(TypeQueries.ITEM_OWNERS, crate).get(loc);
    }

    static String fnName(QueryContext ctx, FnInstance fn) {
        var owner = fn.owner();
        String name = itemName(ctx, owner.item());
        if (owner.container() != null) {
            var containerOwner = ownerOf(ctx, owner.crate(), owner.container());
            var impl = containerOwner == null ? null : ctx.get(TypeQueries.IMPL_DEF, containerOwner);
            if (impl != null && impl.selfTy() != null) {
                String self = mangle(Subst.apply(impl.selfTy(), fn.typeArgs()));
                name = self + "$" + (impl.trait() != null ? impl.trait().name() + "$" : "") + name;
            } else {
                name = itemName(ctx, owner.container()) + "$" + name;
            }
        }
        return fn.typeArgs().isEmpty() ? name : name + "$" + mangleAll(fn.typeArgs());
    }

    static IrPath adtPath(QueryContext ctx, CrateConfig from, Ty.Adt adt) {
        var owner = ownerOf(ctx, from, adt.def());
        String name = adt.args().isEmpty() ? adt.name() : adt.name() + "$" + mangleAll(adt.args());
        return modulePath(ctx, owner.crate(), owner.module()).child(name);
    }

    static String mangleAll(List<Ty> types) {
        var sb = new StringBuilder();
        for (Ty t : types) {
            if (!sb.isEmpty()) {
                sb.append('_');
            }
            sb.append(mangle(t));
        }
        return sb.toString();
    }

    /** A JVM-legal, injective-enough rendering of a type for instance names. */
    static String mangle(Ty t) {
        return switch (t) {
            case Ty.Prim p -> p.kind().rustName();
            case Ty.Ref r -> (r.mutable() ? "mref$" : "ref$") + mangle(r.inner());
            case Ty.Tuple tu -> "T" + tu.elements().size() + "$" + mangleAll(tu.elements()) + "$";
            case Ty.Array a -> "A" + a.length() + "$" + mangle(a.element());
            case Ty.Slice s -> "S$" + mangle(s.element());
            case Ty.Adt a -> a.name() + "@" + a.def().file().index() + "@" + a.def().index()
                    + (a.args().isEmpty() ? "" : "$" + mangleAll(a.args()) + "$");
            default -> "X" + Integer.toHexString(t.hashCode());
        };
    }
}
