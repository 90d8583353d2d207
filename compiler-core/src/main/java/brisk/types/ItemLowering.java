package brisk.types;

import brisk.db.QueryContext;
import brisk.items.Generics;
import brisk.items.Item;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Lowers item signatures (fns, ADTs, traits, impls, aliases) to types; the bodies of the item queries. */
final class ItemLowering {
    private ItemLowering() {}

    private static Item item(QueryContext ctx, ItemLoc loc) {
        return ctx.get(ItemQueries.ITEM_TREE, loc.file()).item(loc.index());
    }

    private static Generics genericsOf(Item item) {
        return switch (item) {
            case Item.Fn f -> f.generics();
            case Item.Struct s -> s.generics();
            case Item.Union u -> u.generics();
            case Item.Enum e -> e.generics();
            case Item.Trait t -> t.generics();
            case Item.Impl i -> i.generics();
            case Item.TypeAlias t -> t.generics();
            default -> Generics.NONE;
        };
    }

    /** The scope an item's types are lowered in: generics (container's first), Self, the trait it is in. */
    record Context(GenericParams generics, Ty selfTy, Ty.TraitRef selfTrait, TyLowering lowering) {}

    /** What {@link Context} holds besides its lowering: a value, memoized per item by {@link TypeQueries#ITEM_SCOPE}. */
    record Scope(GenericParams generics, Ty selfTy, Ty.TraitRef selfTrait) {}

    static Context context(QueryContext ctx, BodyOwner owner) {
        var scope = ctx.get(TypeQueries.ITEM_SCOPE, owner);
        return new Context(scope.generics(), scope.selfTy(), scope.selfTrait(),
                new TyLowering(ctx, owner, scope.generics(), scope.selfTy(), scope.selfTrait(), () -> Ty.ERROR));
    }

    static Scope scope(QueryContext ctx, BodyOwner owner) {
        var own = item(ctx, owner.item());
        var names = new ArrayList<String>();
        int containerCount = 0;
        Item container = owner.container() == null ? null : item(ctx, owner.container());
        if (container != null) {
            names.addAll(TyLowering.typeParamNames(genericsOf(container)));
            containerCount = names.size();
        }
        if (!(own instanceof Item.Impl) || container == null) {
            names.addAll(TyLowering.typeParamNames(genericsOf(own)));
        }
        Item traitItem = own instanceof Item.Trait ? own : container instanceof Item.Trait ? container : null;
        Ty.TraitRef selfTrait = null;
        if (traitItem != null) {
            var args = new ArrayList<Ty>();
            var traitNames = TyLowering.typeParamNames(genericsOf(traitItem));
            for (int i = 0; i < traitNames.size(); i++) {
                args.add(new Ty.Param(i, traitNames.get(i)));
            }
            selfTrait = new Ty.TraitRef(own instanceof Item.Trait ? owner.item() : owner.container(),
                    traitItem.name(), args);
        }
        var bare = new GenericParams(names, containerCount, List.of());
        Ty selfTy = null;
        if (traitItem != null) {
            selfTy = new Ty.Param(-1, "Self");
        } else {
            Item.Impl impl = own instanceof Item.Impl i ? i : container instanceof Item.Impl i ? i : null;
            if (impl != null) {
                var implOwner = own instanceof Item.Impl ? owner
                        : new BodyOwner(owner.crate(), owner.module(), owner.container(), null);
                var implNames = new GenericParams(TyLowering.typeParamNames(impl.generics()), 0, List.of());
                selfTy = new TyLowering(ctx, implOwner, implNames, null, null, () -> Ty.ERROR).lower(impl.selfType());
            }
        }
        var preLowering = new TyLowering(ctx, owner, bare, selfTy, selfTrait, () -> Ty.ERROR);
        var preds = new ArrayList<Predicate>();
        if (selfTrait != null) {
            preds.add(new Predicate(new Ty.Param(-1, "Self"), selfTrait, java.util.Map.of()));
        }
        if (container != null) {
            preds.addAll(preLowering.predicates(genericsOf(container)));
        }
        if (!(own instanceof Item.Impl) || container == null) {
            preds.addAll(preLowering.predicates(genericsOf(own)));
        }
        if (own instanceof Item.Trait t) {
            preds.addAll(preLowering.bounds(new Ty.Param(-1, "Self"), t.supertraits()));
        }
        return new Scope(new GenericParams(names, containerCount, preds), selfTy, selfTrait);
    }

    private static Ty orError(Ty ty) {
        return ty == null ? Ty.ERROR : ty;
    }

    static FnSig fnSignature(QueryContext ctx, BodyOwner owner) {
        if (!(item(ctx, owner.item()) instanceof Item.Fn fn)) {
            return new FnSig(GenericParams.NONE, List.of(), List.of(), Ty.ERROR, false, false);
        }
        var c = context(ctx, owner);
        var params = new ArrayList<Ty>();
        var names = new ArrayList<String>();
        var self = fn.selfParam();
        if (self != null) {
            Ty selfTy = c.selfTy() == null ? Ty.ERROR : c.selfTy();
            params.add(switch (self.kind()) {
                case VALUE -> selfTy;
                case REF -> new Ty.Ref(selfTy, false);
                case REF_MUT -> new Ty.Ref(selfTy, true);
                case TYPED -> c.lowering().lower(self.explicitType());
            });
            names.add("self");
        }
        for (var p : fn.params()) {
            params.add(c.lowering().lower(p.type()));
            // "" for a destructuring pattern: no single name refers to the whole parameter
            names.add(p.bindings().size() == 1 && p.pattern().strip().endsWith(p.bindings().getFirst())
                    ? p.bindings().getFirst() : "");
        }
        Ty ret = fn.ret() == null ? Ty.UNIT : c.lowering().lower(fn.ret());
        // `impl Trait` in argument position is an anonymous generic parameter (rustc's desugaring):
        // callers infer it per call, and generic code is monomorphized for it like any `T: Trait`.
        var generics = c.generics();
        var names2 = new ArrayList<>(generics.names());
        var predicates = new ArrayList<>(generics.predicates());
        for (int i = self != null ? 1 : 0; i < params.size(); i++) {
            params.set(i, anonymousParams(params.get(i), names2, predicates));
        }
        if (names2.size() != generics.names().size()) {
            generics = new GenericParams(names2, generics.containerCount(), predicates);
        }
        return new FnSig(generics, params, names, ret, self != null, fn.qualifiers().isUnsafe());
    }

    /** {@code t} with each {@code impl Trait} replaced by a new generic parameter bounded by its traits. */
    private static Ty anonymousParams(Ty t, List<String> names, List<Predicate> predicates) {
        return switch (t) {
            case Ty.Opaque o -> {
                var param = new Ty.Param(names.size(), "impl " + o.bounds().stream().map(Ty.TraitRef::name)
                        .collect(java.util.stream.Collectors.joining(" + ")));
                names.add(param.name());
                for (var b : o.bounds()) {
                    predicates.add(new Predicate(param, b, o.assoc()));
                }
                yield param;
            }
            case Ty.Ref r -> new Ty.Ref(anonymousParams(r.inner(), names, predicates), r.mutable());
            case Ty.Adt a -> new Ty.Adt(a.def(), a.name(), a.args().stream()
                    .map(x -> anonymousParams(x, names, predicates)).toList());
            case Ty.Slice sl -> new Ty.Slice(anonymousParams(sl.element(), names, predicates));
            default -> t;
        };
    }

    static AdtDef adtDef(QueryContext ctx, BodyOwner owner) {
        var it = item(ctx, owner.item());
        var c = context(ctx, owner);
        var l = c.lowering();
        return switch (it) {
            case Item.Struct s -> new AdtDef(owner.item(), s.name(), AdtDef.Kind.STRUCT, c.generics(),
                    List.of(variant(l, s.name(), s.shape(), s.fields())));
            case Item.Union u -> new AdtDef(owner.item(), u.name(), AdtDef.Kind.UNION, c.generics(),
                    List.of(variant(l, u.name(), Item.FieldsShape.NAMED, u.fields())));
            case Item.Enum e -> new AdtDef(owner.item(), e.name(), AdtDef.Kind.ENUM, c.generics(),
                    e.variants().stream().map(v -> variant(l, v.name(), v.shape(), v.fields())).toList());
            default -> null;
        };
    }

    private static AdtDef.VariantDef variant(TyLowering l, String name, Item.FieldsShape shape, List<Item.Field> fields) {
        return new AdtDef.VariantDef(name, shape, fields.stream().map(Item.Field::name).toList(),
                fields.stream().map(f -> l.lower(f.type())).toList());
    }

    static TraitDef traitDef(QueryContext ctx, BodyOwner owner) {
        if (!(item(ctx, owner.item()) instanceof Item.Trait t)) {
            return null;
        }
        var c = context(ctx, owner);
        var tree = ctx.get(ItemQueries.ITEM_TREE, owner.item().file());
        var methods = new HashMap<String, BodyOwner>();
        var assoc = new ArrayList<String>();
        for (int child : t.children()) {
            var ci = tree.item(child);
            var loc = new ItemLoc(owner.item().file(), child);
            if (ci instanceof Item.Fn f && f.name() != null) {
                methods.put(f.name(), new BodyOwner(owner.crate(), owner.module(), loc, owner.item()));
            } else if (ci instanceof Item.TypeAlias a && a.name() != null) {
                assoc.add(a.name());
            }
        }
        var supers = c.generics().predicates().stream()
                .filter(p -> p.subject() instanceof Ty.Param sp && sp.index() < 0 && !p.trait().trait().equals(owner.item()))
                .map(Predicate::trait).toList();
        return new TraitDef(owner.item(), t.name(), c.generics(), methods, assoc, supers);
    }

    static ImplDef implDef(QueryContext ctx, BodyOwner owner) {
        if (!(item(ctx, owner.item()) instanceof Item.Impl impl)) {
            return null;
        }
        var c = context(ctx, owner);
        Ty.TraitRef trait = null;
        if (impl.trait() != null && !impl.negative()) {
            var pred = c.lowering().predicate(c.selfTy(), new brisk.items.Bound.TraitBound(impl.trait(), false, null, null));
            trait = pred == null ? null : pred.trait();
            if (trait == null) {
                return null;
            }
        }
        var tree = ctx.get(ItemQueries.ITEM_TREE, owner.item().file());
        var methods = new HashMap<String, BodyOwner>();
        var assoc = new HashMap<String, Ty>();
        var consts = new HashMap<String, Ty>();
        for (int child : impl.children()) {
            var ci = tree.item(child);
            if (ci.attrs().cfgTest() && !owner.crate().test()) {
                continue;
            }
            var loc = new ItemLoc(owner.item().file(), child);
            // broken code may leave names or types out: such members are skipped, the parser reported them
            if (ci instanceof Item.Fn f && f.name() != null) {
                methods.put(f.name(), new BodyOwner(owner.crate(), owner.module(), loc, owner.item()));
            } else if (ci instanceof Item.TypeAlias a && a.name() != null && a.type() != null) {
                assoc.put(a.name(), orError(c.lowering().lower(a.type())));
            } else if (ci instanceof Item.Const k && k.name() != null) {
                consts.put(k.name(), k.type() == null ? Ty.ERROR : orError(c.lowering().lower(k.type())));
            }
        }
        return new ImplDef(owner, c.generics(), c.selfTy() == null ? Ty.ERROR : c.selfTy(), trait, methods, assoc,
                consts);
    }

    /** An impl's associated type lowered directly (used while lowering the impl's own items). */
    static Ty implAssocTypeRaw(QueryContext ctx, BodyOwner implOwner, String name) {
        if (!(item(ctx, implOwner.item()) instanceof Item.Impl impl)) {
            return null;
        }
        var tree = ctx.get(ItemQueries.ITEM_TREE, implOwner.item().file());
        for (int child : impl.children()) {
            if (tree.item(child) instanceof Item.TypeAlias a && a.name().equals(name) && a.type() != null) {
                var names = new GenericParams(TyLowering.typeParamNames(impl.generics()), 0, List.of());
                return new TyLowering(ctx, implOwner, names, null, null, () -> Ty.ERROR).lower(a.type());
            }
        }
        return null;
    }

    static AliasType aliasType(QueryContext ctx, BodyOwner owner) {
        if (!(item(ctx, owner.item()) instanceof Item.TypeAlias a) || a.type() == null) {
            return null;
        }
        var c = context(ctx, owner);
        return new AliasType(c.generics(), c.lowering().lower(a.type()));
    }

    static Ty valueType(QueryContext ctx, BodyOwner owner) {
        var c = context(ctx, owner);
        return switch (item(ctx, owner.item())) {
            case Item.Const k -> c.lowering().lower(k.type());
            case Item.Static s -> c.lowering().lower(s.type());
            default -> Ty.ERROR;
        };
    }

    static List<ImplDef> crateImpls(QueryContext ctx, CrateConfig crate) {
        var owners = ctx.get(TypeQueries.ITEM_OWNERS, crate);
        var locs = new ArrayList<ItemLoc>(owners.keySet());
        locs.sort(java.util.Comparator.comparingInt((ItemLoc l) -> l.file().index()).thenComparingInt(ItemLoc::index));
        var out = new ArrayList<ImplDef>();
        for (var loc : locs) {
            var owner = owners.get(loc);
            if (owner.container() == null && item(ctx, loc) instanceof Item.Impl) {
                var def = ctx.get(TypeQueries.IMPL_DEF, owner);
                if (def != null) {
                    out.add(def);
                }
            }
        }
        return List.copyOf(out);
    }
}
