package brisk.types;

import brisk.base.TextRange;
import brisk.items.ItemQueries;
import brisk.items.Path;
import brisk.resolve.BodyOwner;
import brisk.resolve.Def;
import brisk.syntax.SyntaxNode;
import java.util.List;

/** What value paths in a body denote: locals, fns, constructors, associated fns ({@code Point::new}). */
final class Paths {
    private Paths() {}

    /** A struct or variant named by a struct literal or pattern, with its (fresh) type. */
    record StructTarget(Ty.Adt adt, AdtDef.VariantDef variant) {}

    static Callable value(BodyInference inf, SyntaxNode pathNode) {
        var rp = inf.resolved(pathNode.textRange());
        if (rp != null && rp.local() != null) {
            if (rp.local().equals(TextRange.at(0))) {
                return Callable.value(inf.exprs.local(pathNode.text().strip()));
            }
            return Callable.value(inf.bindings.getOrDefault(rp.local(), Ty.ERROR));
        }
        var path = inf.path(pathNode);
        var segs = path.segments();
        if (segs.isEmpty()) {
            // `self`: name resolution leaves the receiver to us (it is always the parameter).
            return path.anchor() == Path.Anchor.SELF && inf.sig.hasSelf() ? Callable.value(inf.exprs.local("self")) : null;
        }
        Def def = rp == null ? null : rp.def();
        if (def == null || def instanceof Def.Error) {
            if (path.anchor() != Path.Anchor.PLAIN) {
                return null;
            }
            String first = segs.getFirst().name();
            Ty base = null;
            if (first.equals("Self") && inf.selfTy() != null) {
                base = inf.selfTy();
            } else if (inf.sig.generics().indexOf(first) >= 0) {
                base = new Ty.Param(inf.sig.generics().indexOf(first), first);
            }
            if (base == null) {
                return null;
            }
            if (segs.size() == 1) {
                return constructor(inf, base, null);
            }
            return segs.size() == 2 ? assoc(inf, base, segs.get(1).name(), segs.get(1)) : null;
        }
        return switch (def) {
            case Def.Item item -> switch (item.kind()) {
                case FN -> {
                    var owner = TypeQueries.ownerOf(inf.ctx, inf.owner.crate(), item.loc());
                    if (owner == null) {
                        yield null;
                    }
                    var sig = inf.ctx.get(TypeQueries.FN_SIGNATURE, owner);
                    var args = inf.fresh(sig.generics().size());
                    turbofish(inf, segs.getLast(), args, sig.generics().containerCount());
                    var picked = inf.methods.instantiate(new FnRef(owner, path.lastName()), sig, args, null);
                    yield Callable.fn(picked.fn(), picked.params(), picked.ret(), args, "function");
                }
                case CONST, STATIC -> {
                    var owner = TypeQueries.ownerOf(inf.ctx, inf.owner.crate(), item.loc());
                    yield owner == null ? null : Callable.value(inf.ctx.get(TypeQueries.VALUE_TYPE, owner));
                }
                case STRUCT, ENUM, UNION, TYPE_ALIAS -> {
                    String itemName = inf.ctx.get(ItemQueries.ITEM_TREE, item.loc().file()).item(item.loc().index()).name();
                    if (itemName.equals(path.lastName()) || segs.size() < 2) {
                        Ty t = inf.lowering.def(def, segs.getLast().genericArgs());
                        yield constructor(inf, t, null);
                    }
                    Ty t = inf.lowering.def(def, segs.get(segs.size() - 2).genericArgs());
                    var found = assoc(inf, t, path.lastName(), segs.getLast());
                    if (found == null && t instanceof Ty.Adt a && !inf.methods.isStdOpaque(a)) {
                        var adt = inf.adt(a);
                        String shown = TyDisplay.show(new Ty.Adt(a.def(), a.name(), List.of()));
                        inf.error("E0599", "no function or associated item named `" + path.lastName() + "` found for "
                                + (adt == null ? "struct" : adt.kindWord()) + " `" + shown + "` in the current scope",
                                segs.getLast().range(), "function or associated item not found in `" + shown + "`");
                    }
                    yield found;
                }
                case TRAIT -> segs.size() >= 2 ? traitAssoc(inf, item, path.lastName()) : null;
                default -> null;
            };
            case Def.Variant v -> {
                var adt = TypeQueries.adtDef(inf.ctx, inf.owner.crate(), v.enumLoc());
                if (adt == null) {
                    yield null;
                }
                var args = inf.fresh(adt.generics().size());
                if (segs.size() >= 2 && !segs.get(segs.size() - 2).genericArgs().isEmpty()) {
                    var written = inf.lowering.def(new Def.Item(v.crate(), v.enumLoc(), Def.DefKind.ENUM),
                            segs.get(segs.size() - 2).genericArgs());
                    if (written instanceof Ty.Adt w) {
                        args = w.args().toArray(Ty[]::new);
                    }
                }
                var ty = new Ty.Adt(adt.loc(), adt.name(), List.of(args));
                yield constructor(inf, ty, adt.variants().get(v.index()));
            }
            case Def.BuiltinType b -> segs.size() >= 2 ? assoc(inf, inf.lowering.def(def, List.of()), path.lastName(),
                    segs.getLast()) : null;
            default -> null;
        };
    }

    private static void turbofish(BodyInference inf, Path.Segment seg, Ty[] args, int from) {
        for (int i = 0; i < seg.genericArgs().size() && from + i < args.length; i++) {
            inf.table.unify(args[from + i], inf.lowering.lower(seg.genericArgs().get(i)));
        }
    }

    /** A tuple struct/variant constructor (callable) or a unit struct/variant (value). */
    static Callable constructor(BodyInference inf, Ty ty, AdtDef.VariantDef variant) {
        if (!(ty instanceof Ty.Adt adt)) {
            return null;
        }
        if (variant == null) {
            var def = inf.adt(adt);
            if (def == null || def.kind() != AdtDef.Kind.STRUCT) {
                return null;
            }
            variant = def.variants().getFirst();
        }
        return switch (variant.shape()) {
            case UNIT -> Callable.value(ty);
            case TUPLE -> {
                var args = adt.args().toArray(Ty[]::new);
                var def = inf.adt(adt);
                yield new Callable(null, variant.fieldTypes().stream().map(f -> Subst.apply(f, args, null)).toList(),
                        ty, args, null, def != null && def.kind() == AdtDef.Kind.ENUM ? "enum variant" : "struct");
            }
            case NAMED -> null;
        };
    }

    /** {@code Type::name}: an associated fn of an inherent or trait impl of {@code self}, or of a bound. */
    static Callable assoc(BodyInference inf, Ty self, String name, Path.Segment seg) {
        if (self instanceof Ty.Error) {
            return null;
        }
        if (self instanceof Ty.Adt a) {
            var def = inf.adt(a);
            if (def != null && def.kind() == AdtDef.Kind.ENUM) {
                for (var v : def.variants()) {
                    if (v.name().equals(name)) {
                        return constructor(inf, self, v);
                    }
                }
            }
        }
        Object head = TypeHead.of(inf.shallow(self));
        for (var impl : inf.impls.constsNamed(name)) {
            int snap = inf.table.snapshot();
            var implArgs = inf.fresh(impl.generics().size());
            if (inf.table.unify(Subst.apply(impl.selfTy(), implArgs, null), self)) {
                return Callable.value(Subst.apply(impl.consts().get(name), implArgs, null));
            }
            inf.table.rollback(snap);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (var c : inf.impls.methods(name, head, null)) {
                if ((c.traitMethod() == null) != (pass == 0)) {
                    continue;
                }
                int snap = inf.table.snapshot();
                var impl = c.impl();
                var implArgs = inf.fresh(impl.generics().size());
                Ty selfTy = Subst.apply(impl.selfTy(), implArgs, null);
                if (!inf.table.unify(selfTy, self)) {
                    inf.table.rollback(snap);
                    continue;
                }
                BodyOwner m = c.traitMethod() != null ? c.traitMethod() : c.method();
                var sig = inf.ctx.get(TypeQueries.FN_SIGNATURE, m);
                var args = new Ty[sig.generics().size()];
                if (c.traitMethod() != null) {
                    var traitArgs = impl.trait().args();
                    for (int i = 0; i < sig.generics().containerCount(); i++) {
                        args[i] = i < traitArgs.size() ? Subst.apply(traitArgs.get(i), implArgs, null) : inf.var();
                    }
                } else {
                    System.arraycopy(implArgs, 0, args, 0, Math.min(implArgs.length, args.length));
                }
                for (int i = sig.generics().containerCount(); i < args.length; i++) {
                    args[i] = inf.var();
                }
                turbofish(inf, seg, args, sig.generics().containerCount());
                var picked = inf.methods.instantiate(new FnRef(c.method(), name), sig, args, selfTy);
                return Callable.fn(picked.fn(), picked.params(), picked.ret(), args, sig.hasSelf() ? "method" : "function");
            }
        }
        var bounds = new java.util.ArrayList<Predicate>();
        if (self instanceof Ty.Param || self instanceof Ty.Opaque) {
            bounds.addAll(inf.boundsOf(self));
        } else if (self instanceof Ty.Adt a) {
            inf.derivedTraits(a).forEach(t -> bounds.add(new Predicate(self, t, java.util.Map.of())));
        }
        for (var p : bounds) {
            var def = TypeQueries.traitDef(inf.ctx, inf.owner.crate(), p.trait().trait());
            var m = def == null ? null : def.methods().get(name);
            if (m != null) {
                var sig = inf.ctx.get(TypeQueries.FN_SIGNATURE, m);
                var args = new Ty[sig.generics().size()];
                for (int k = 0; k < args.length; k++) {
                    args[k] = k < sig.generics().containerCount() && k < p.trait().args().size()
                            ? p.trait().args().get(k) : inf.var();
                }
                var picked = inf.methods.instantiate(new FnRef(m, name), sig, args, self);
                return Callable.fn(picked.fn(), picked.params(), picked.ret(), args, "function");
            }
        }
        return null;
    }

    /** {@code Trait::method}: called with {@code Self} inferred from the arguments. */
    private static Callable traitAssoc(BodyInference inf, Def.Item trait, String name) {
        var def = TypeQueries.traitDef(inf.ctx, inf.owner.crate(), trait.loc());
        var m = def == null ? null : def.methods().get(name);
        if (m == null) {
            return null;
        }
        var sig = inf.ctx.get(TypeQueries.FN_SIGNATURE, m);
        var args = inf.fresh(sig.generics().size());
        var picked = inf.methods.instantiate(new FnRef(m, name), sig, args, inf.var());
        return Callable.fn(picked.fn(), picked.params(), picked.ret(), args, "function");
    }

    /** The struct or variant a struct literal or pattern path names, with fresh generic arguments. */
    static StructTarget structTarget(BodyInference inf, Path path, boolean valueNamespace) {
        var segs = path.segments();
        if (segs.isEmpty()) {
            return null;
        }
        if (path.anchor() == Path.Anchor.PLAIN && segs.getFirst().name().equals("Self") && inf.selfTy() instanceof Ty.Adt a) {
            var def = inf.adt(a);
            if (def == null) {
                return null;
            }
            if (segs.size() == 1 && def.kind() == AdtDef.Kind.STRUCT) {
                return new StructTarget(a, def.variants().getFirst());
            }
            for (var v : def.variants()) {
                if (segs.size() == 2 && v.name().equals(segs.get(1).name())) {
                    return new StructTarget(a, v);
                }
            }
            return null;
        }
        var scope = inf.lowering.scope();
        Def def = valueNamespace ? scope.resolvePattern(path, "pattern") : scope.resolveStructPath(path);
        if (def instanceof Def.Variant v) {
            var adt = TypeQueries.adtDef(inf.ctx, inf.owner.crate(), v.enumLoc());
            return adt == null ? null : new StructTarget(new Ty.Adt(adt.loc(), adt.name(),
                    List.of(inf.fresh(adt.generics().size()))), adt.variants().get(v.index()));
        }
        if (def instanceof Def.Item item && (item.kind() == Def.DefKind.STRUCT || item.kind() == Def.DefKind.UNION
                || item.kind() == Def.DefKind.TYPE_ALIAS)) {
            Ty t = inf.lowering.def(def, segs.getLast().genericArgs());
            if (t instanceof Ty.Adt a) {
                var adt = inf.adt(a);
                return adt == null || adt.kind() == AdtDef.Kind.ENUM ? null : new StructTarget(a, adt.variants().getFirst());
            }
        }
        return null;
    }
}
