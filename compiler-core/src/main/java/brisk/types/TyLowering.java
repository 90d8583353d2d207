package brisk.types;

import brisk.db.QueryContext;
import brisk.items.Bound;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.Path;
import brisk.items.TypeRef;
import brisk.resolve.BodyOwner;
import brisk.resolve.Def;
import brisk.resolve.ItemScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns written types ({@link TypeRef}) into {@link Ty} in the scope of one item: its generics,
 * {@code Self}, and its module's names through {@link ItemScope}. Resolution failures were already
 * reported by name resolution, so they quietly become {@link Ty.Error}.
 */
final class TyLowering {
    private final QueryContext ctx;
    private final BodyOwner owner;
    private final ItemScope scope;
    private final GenericParams generics;
    private final Ty selfTy;
    /** The trait whose items are being lowered ({@code Self::Item} is a projection on it), or null. */
    private final Ty.TraitRef selfTrait;
    /** Makes a type for {@code _}: an inference variable in bodies, an error in signatures. */
    private final Supplier<Ty> hole;

    TyLowering(QueryContext ctx, BodyOwner owner, GenericParams generics, Ty selfTy, Ty.TraitRef selfTrait,
               Supplier<Ty> hole) {
        this.ctx = ctx;
        this.owner = owner;
        this.scope = new ItemScope(ctx, owner, false, new ArrayList<ItemDiagnostic>());
        this.generics = generics;
        this.selfTy = selfTy;
        this.selfTrait = selfTrait;
        this.hole = hole;
    }

    ItemScope scope() {
        return scope;
    }

    Ty lower(TypeRef ref) {
        if (ref == null) {
            return Ty.UNIT;
        }
        return switch (ref) {
            case TypeRef.PathType p -> path(p.path());
            case TypeRef.RefType r -> new Ty.Ref(lower(r.inner()), r.mutable());
            case TypeRef.PtrType p -> new Ty.Ptr(lower(p.inner()), p.mutable());
            case TypeRef.TupleType t -> new Ty.Tuple(t.elements().stream().map(this::lower).toList());
            case TypeRef.ArrayType a -> new Ty.Array(lower(a.element()), ConstEval.length(a.length()));
            case TypeRef.SliceType s -> new Ty.Slice(lower(s.element()));
            case TypeRef.FnPtrType f -> new Ty.FnPtr(f.params().stream().map(this::lower).toList(), lower(f.ret()));
            case TypeRef.DynTraitType d -> {
                var preds = bounds(Ty.ERROR, d.bounds());
                yield preds.isEmpty() ? Ty.ERROR : new Ty.Dyn(Callable.dynTrait(preds.getFirst()));
            }
            case TypeRef.ImplTraitType i -> {
                var preds = bounds(Ty.ERROR, i.bounds());
                var assoc = new HashMap<String, Ty>();
                preds.forEach(p -> assoc.putAll(p.assoc()));
                yield new Ty.Opaque(preds.stream().map(Predicate::trait).toList(), assoc);
            }
            case TypeRef.NeverType n -> Ty.NEVER;
            case TypeRef.InferType i -> hole.get();
            case TypeRef.ErrorType e -> Ty.ERROR;
        };
    }

    Ty path(Path path) {
        var segs = path.segments();
        if (segs.isEmpty() || segs.stream().anyMatch(Path.Segment::isPlaceholder)) {
            return Ty.ERROR;
        }
        Ty base = null;
        int rest = segs.size();
        if (path.anchor() == Path.Anchor.PLAIN) {
            String first = segs.getFirst().name();
            if (first.equals("Self") && selfTy != null) {
                base = selfTy;
                rest = 1;
            } else if (generics.indexOf(first) >= 0) {
                base = new Ty.Param(generics.indexOf(first), first);
                rest = 1;
            }
        }
        if (base == null) {
            base = def(scope.resolveType(path, "type"), segs.getLast().genericArgs());
        }
        for (int i = rest; i < segs.size(); i++) {
            base = assocType(base, segs.get(i).name());
        }
        return base;
    }

    /** The type a resolved type path denotes, with the last segment's generic arguments. */
    Ty def(Def def, List<TypeRef> args) {
        return switch (def) {
            case Def.BuiltinType b -> {
                var kind = Ty.PrimKind.byName(b.name());
                yield kind == null ? Ty.ERROR : Ty.prim(kind);
            }
            case Def.Item item -> switch (item.kind()) {
                case STRUCT, ENUM, UNION -> {
                    // Read the item tree, not the ADT's definition: field types may name the ADT itself.
                    var adtItem = ctx.get(brisk.items.ItemQueries.ITEM_TREE, item.loc().file()).item(item.loc().index());
                    int count = typeParamNames(switch (adtItem) {
                        case Item.Struct st -> st.generics();
                        case Item.Enum en -> en.generics();
                        case Item.Union un -> un.generics();
                        default -> brisk.items.Generics.NONE;
                    }).size();
                    var lowered = new ArrayList<Ty>();
                    for (int i = 0; i < count; i++) {
                        lowered.add(i < args.size() ? lower(args.get(i)) : hole.get());
                    }
                    yield new Ty.Adt(item.loc(), adtItem.name(), lowered);
                }
                case TYPE_ALIAS -> {
                    var alias = TypeQueries.aliasType(ctx, item.crate(), item.loc());
                    if (alias == null) {
                        yield Ty.ERROR;
                    }
                    var lowered = new Ty[alias.generics().size()];
                    for (int i = 0; i < lowered.length; i++) {
                        lowered[i] = i < args.size() ? lower(args.get(i)) : hole.get();
                    }
                    yield Subst.apply(alias.type(), lowered, null);
                }
                case TRAIT -> {
                    var tr = traitRef(item, args);
                    yield tr == null ? Ty.ERROR : new Ty.Dyn(tr);
                }
                default -> Ty.ERROR;
            };
            default -> Ty.ERROR;
        };
    }

    private Ty assocType(Ty base, String name) {
        if (base instanceof Ty.Param p && p.index() < 0 && selfTrait != null) {
            return new Ty.Projection(base, selfTrait, name);
        }
        if (base instanceof Ty.Param p) {
            for (var pred : generics.predicates()) {
                if (pred.subject().equals(p)) {
                    var tr = TypeQueries.traitDef(ctx, owner.crate(), pred.trait().trait());
                    if (tr != null && tr.assocTypes().contains(name)) {
                        return new Ty.Projection(base, pred.trait(), name);
                    }
                }
            }
            return Ty.ERROR;
        }
        if (selfTy != null && base.equals(selfTy) && owner.container() != null) {
            var implType = TypeQueries.implAssocType(ctx, owner, name);
            if (implType != null) {
                return implType;
            }
        }
        return Ty.ERROR;
    }

    List<Predicate> bounds(Ty subject, List<Bound> bounds) {
        var out = new ArrayList<Predicate>();
        for (var b : bounds) {
            if (b instanceof Bound.TraitBound tb && !tb.maybe()) {
                var pred = predicate(subject, tb);
                if (pred != null) {
                    out.add(pred);
                }
            }
        }
        return out;
    }

    Predicate predicate(Ty subject, Bound.TraitBound tb) {
        var def = scope.resolveType(tb.path(), "trait");
        if (!(def instanceof Def.Item item) || item.kind() != Def.DefKind.TRAIT) {
            return null;
        }
        var assoc = new HashMap<String, Ty>();
        if (tb.fnSugarParams() != null) {
            var params = new Ty.Tuple(tb.fnSugarParams().stream().map(this::lower).toList());
            assoc.put("Output", tb.fnSugarRet() == null ? Ty.UNIT : lower(tb.fnSugarRet()));
            return new Predicate(subject, new Ty.TraitRef(item.loc(), tb.path().lastName(), List.of(params)), assoc);
        }
        var args = tb.path().segments().getLast().genericArgs();
        var trait = TypeQueries.traitDef(ctx, item.crate(), item.loc());
        if (trait == null) {
            return null;
        }
        int n = trait.generics().size() - trait.generics().containerCount();
        var positional = new ArrayList<Ty>();
        for (int i = 0; i < args.size(); i++) {
            if (i < n) {
                positional.add(lower(args.get(i)));
            } else if (i - n < trait.assocTypes().size()) {
                assoc.put(trait.assocTypes().get(i - n), lower(args.get(i)));
            }
        }
        for (int i = positional.size(); i < n; i++) {
            positional.add(subject);
        }
        return new Predicate(subject, new Ty.TraitRef(item.loc(), trait.name(), positional), assoc);
    }

    private Ty.TraitRef traitRef(Def.Item item, List<TypeRef> args) {
        var trait = TypeQueries.traitDef(ctx, item.crate(), item.loc());
        if (trait == null) {
            return null;
        }
        return new Ty.TraitRef(item.loc(), trait.name(), args.stream().limit(trait.generics().size())
                .map(this::lower).toList());
    }

    /** The generic parameters declared by {@code item}'s own generics, appended after {@code outer}'s. */
    static List<String> typeParamNames(brisk.items.Generics g) {
        var out = new ArrayList<String>();
        for (var p : g.params()) {
            if (p instanceof brisk.items.Generics.TypeParam tp) {
                out.add(tp.name());
            }
        }
        return out;
    }

    /** Predicates of {@code g}'s inline bounds and where clause. */
    List<Predicate> predicates(brisk.items.Generics g) {
        var out = new ArrayList<Predicate>();
        for (var p : g.params()) {
            if (p instanceof brisk.items.Generics.TypeParam tp) {
                int index = generics.indexOf(tp.name());
                out.addAll(bounds(new Ty.Param(index, tp.name()), tp.bounds()));
            }
        }
        for (var w : g.where()) {
            out.addAll(bounds(lower(w.bounded()), w.bounds()));
        }
        return out;
    }

    static Item.Fn asFn(Item item) {
        return item instanceof Item.Fn f ? f : null;
    }
}
