package brisk.lower;

import brisk.items.Item;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.lower.ir.IrExpr;
import brisk.resolve.BodyResolution;
import brisk.resolve.Def;
import brisk.syntax.SyntaxNode;
import brisk.types.ImplDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;

/**
 * Associated consts: {@code Self::N}, {@code T::N} (a generic parameter, known per instance) and
 * {@code Type::N}, found in the impl for that type (inherent or trait impl), else as the default
 * value in the implemented trait; evaluated by {@link ConstValues}.
 */
final class AssocConsts {
    private final FnLowering fn;

    AssocConsts(FnLowering fn) {
        this.fn = fn;
    }

    /** The value of {@code path} if it names an associated const, else null. */
    IrExpr value(SyntaxNode e, SyntaxNode path, BodyResolution.ResolvedPath resolved) {
        if (path == null) {
            return null;
        }
        String text = path.text().strip().replace(" ", "");
        int sep = text.lastIndexOf("::");
        if (sep < 0 || text.indexOf('<') >= 0) {
            return null;
        }
        String prefix = text.substring(0, sep);
        String name = text.substring(sep + 2);
        Ty self = selfType(prefix, resolved);
        if (self == null || !Calls.isConcrete(self)) {
            return null;
        }
        ItemLoc loc = find(self, name);
        return loc == null ? null : new ConstValues(fn).item(loc, e);
    }

    private Ty selfType(String prefix, BodyResolution.ResolvedPath resolved) {
        var owner = fn.instance.owner();
        if (prefix.equals("Self") && owner.container() != null) {
            var containerOwner = Names.ownerOf(fn.ctx, owner.crate(), owner.container());
            var item = fn.ctx.get(ItemQueries.ITEM_TREE, owner.container().file()).item(owner.container().index());
            if (item instanceof Item.Trait) {
                return fn.instance.typeArgs().isEmpty() ? null : fn.instance.typeArgs().getLast();
            }
            var impl = fn.ctx.get(TypeQueries.IMPL_DEF, containerOwner);
            return impl == null ? null : Subst.apply(impl.selfTy(), fn.instance.typeArgs());
        }
        int param = fn.sig.generics().indexOf(prefix);
        if (param >= 0 && param < fn.instance.typeArgs().size()) {
            return fn.instance.typeArgs().get(param);
        }
        if (resolved != null && resolved.def() instanceof Def.Item item
                && (item.kind() == Def.DefKind.STRUCT || item.kind() == Def.DefKind.ENUM)
                && prefix.endsWith(Names.itemName(fn.ctx, item.loc()))) {
            var def = fn.ctx.get(TypeQueries.ADT_DEF, Names.ownerOf(fn.ctx, owner.crate(), item.loc()));
            if (def != null && def.generics().size() == 0) {
                return new Ty.Adt(item.loc(), def.name(), java.util.List.of());
            }
        }
        return null;
    }

    /** The const item giving {@code self}'s {@code name}: in a matching impl, else the trait's default. */
    private ItemLoc find(Ty self, String name) {
        var crate = fn.instance.owner().crate();
        ItemLoc fallback = null;
        for (ImplDef impl : fn.ctx.get(TypeQueries.CRATE_IMPLS, crate)) {
            if (!TraitImpls.match(impl.selfTy(), self, new Ty[impl.generics().size()])) {
                continue;
            }
            ItemLoc own = child(impl.owner().item(), name);
            if (own != null) {
                return own;
            }
            if (impl.trait() != null && fallback == null) {
                fallback = child(impl.trait().trait(), name);
            }
        }
        return fallback;
    }

    /** The const named {@code name} (with a value) among the children of an impl or trait item. */
    private ItemLoc child(ItemLoc container, String name) {
        var tree = fn.ctx.get(ItemQueries.ITEM_TREE, container.file());
        var children = switch (tree.item(container.index())) {
            case Item.Impl i -> i.children();
            case Item.Trait t -> t.children();
            default -> java.util.List.<Integer>of();
        };
        for (int c : children) {
            if (tree.item(c) instanceof Item.Const k && k.name().equals(name) && k.hasBody()) {
                return new ItemLoc(container.file(), c);
            }
        }
        return null;
    }
}
