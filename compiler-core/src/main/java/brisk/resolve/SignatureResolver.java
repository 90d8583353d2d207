package brisk.resolve;

import brisk.db.QueryContext;
import brisk.items.Bound;
import brisk.items.Generics;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** Resolves every path in an item's signature: field and parameter types, bounds, impl headers. */
final class SignatureResolver {
    private final ItemScope scope;
    /** Names of items declared inside the body being resolved, which shadow module-level names. */
    private final java.util.function.Predicate<String> isLocalItem;

    private SignatureResolver(ItemScope scope, java.util.function.Predicate<String> isLocalItem) {
        this.scope = scope;
        this.isLocalItem = isLocalItem;
    }

    /** A resolver for the types written inside a body (let types, casts, turbofish). */
    static SignatureResolver forBody(ItemScope scope, java.util.function.Predicate<String> isLocalItem) {
        return new SignatureResolver(scope, isLocalItem);
    }

    static List<ItemDiagnostic> diagnostics(QueryContext ctx, BodyOwner owner) {
        var out = new ArrayList<ItemDiagnostic>();
        var item = ctx.get(ItemQueries.ITEM_TREE, owner.item().file()).item(owner.item().index());
        var resolver = new SignatureResolver(new ItemScope(ctx, owner, false, out), name -> false);
        resolver.item(item);
        return List.copyOf(out);
    }

    private void item(Item item) {
        switch (item) {
            case Item.Fn f -> {
                generics(f.generics());
                if (f.selfParam() != null && f.selfParam().explicitType() != null) {
                    type(f.selfParam().explicitType());
                }
                f.params().forEach(p -> type(p.type()));
                type(f.ret());
            }
            case Item.Struct s -> {
                generics(s.generics());
                s.fields().forEach(field -> type(field.type()));
            }
            case Item.Union u -> {
                generics(u.generics());
                u.fields().forEach(field -> type(field.type()));
            }
            case Item.Enum e -> {
                generics(e.generics());
                e.variants().forEach(v -> v.fields().forEach(field -> type(field.type())));
            }
            case Item.Trait t -> {
                generics(t.generics());
                bounds(t.supertraits());
            }
            case Item.Impl i -> {
                generics(i.generics());
                if (i.trait() != null) {
                    scope.resolveType(i.trait(), "trait");
                }
                type(i.selfType());
            }
            case Item.TypeAlias t -> {
                generics(t.generics());
                bounds(t.bounds());
                type(t.type());
            }
            case Item.Const c -> type(c.type());
            case Item.Static s -> type(s.type());
            default -> { }
        }
    }

    private void generics(Generics generics) {
        for (var param : generics.params()) {
            switch (param) {
                case Generics.TypeParam t -> {
                    bounds(t.bounds());
                    type(t.defaultType());
                }
                case Generics.ConstParam c -> type(c.type());
                case Generics.LifetimeParam l -> { }
            }
        }
        for (var predicate : generics.where()) {
            type(predicate.bounded());
            bounds(predicate.bounds());
        }
    }

    private void bounds(List<Bound> bounds) {
        for (var bound : bounds) {
            if (bound instanceof Bound.TraitBound t) {
                if (t.fnSugarParams() != null) {
                    t.fnSugarParams().forEach(this::type);
                    type(t.fnSugarRet());
                } else if (!isLocal(t.path())) {
                    scope.resolveType(t.path(), "trait");
                    for (var seg : t.path().segments()) {
                        seg.genericArgs().forEach(this::type);
                    }
                }
            }
        }
    }

    /** Resolves every path inside a type; null (an absent type) is fine. */
    void type(TypeRef type) {
        switch (type) {
            case null -> { }
            case TypeRef.PathType p -> {
                if (!isLocal(p.path())) {
                    scope.resolveType(p.path(), "type");
                }
                for (var seg : p.path().segments()) {
                    seg.genericArgs().forEach(this::type);
                }
            }
            case TypeRef.RefType r -> type(r.inner());
            case TypeRef.PtrType p -> type(p.inner());
            case TypeRef.TupleType t -> t.elements().forEach(this::type);
            case TypeRef.ArrayType a -> type(a.element());
            case TypeRef.SliceType s -> type(s.element());
            case TypeRef.FnPtrType f -> {
                f.params().forEach(this::type);
                type(f.ret());
            }
            case TypeRef.ImplTraitType i -> bounds(i.bounds());
            case TypeRef.DynTraitType d -> bounds(d.bounds());
            case TypeRef.NeverType n -> { }
            case TypeRef.InferType i -> { }
            case TypeRef.ErrorType e -> { }
        }
    }

    private boolean isLocal(brisk.items.Path path) {
        return path.anchor() == brisk.items.Path.Anchor.PLAIN && !path.segments().isEmpty()
                && isLocalItem.test(path.segments().getFirst().name());
    }
}
