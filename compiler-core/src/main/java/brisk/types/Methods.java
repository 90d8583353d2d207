package brisk.types;

import brisk.resolve.BodyOwner;
import java.util.ArrayList;
import java.util.List;

/**
 * Method and field lookup with rustc's probing order: for each autoderef step of the receiver,
 * by value, then by {@code &}, then by {@code &mut}; inherent methods before trait methods.
 */
final class Methods {
    private final BodyInference inf;

    Methods(BodyInference inf) {
        this.inf = inf;
    }

    /** A method picked for a call: its fn, instantiated signature (receiver first), generic arguments. */
    record Picked(FnRef fn, List<Ty> params, Ty ret, Ty[] generics, FnSig sig, List<InferenceResult.Adjustment> adjust) {}

    /** One deref of {@code ty}: references, pointers-like std types (Box, String, Vec) and user Deref impls. */
    Ty derefOnce(Ty ty) {
        ty = inf.shallow(ty);
        if (ty instanceof Ty.Ref r) {
            return r.inner();
        }
        if (ty instanceof Ty.Adt a) {
            if (inf.std.is(a, "Box")) {
                return a.args().getFirst();
            }
            if (inf.std.is(a, "Vec")) {
                return new Ty.Slice(a.args().getFirst());
            }
            if (inf.std.is(a, "String")) {
                return Ty.STR;
            }
            var deref = inf.std.get("Deref");
            if (deref != null) {
                var target = inf.project(a, new Ty.TraitRef(deref, "Deref", List.of()), "Target");
                if (!(inf.shallow(target) instanceof Ty.Error)) {
                    return target;
                }
            }
        }
        return null;
    }

    Picked lookup(Ty receiver, String name) {
        Ty step = receiver;
        var adjust = new ArrayList<InferenceResult.Adjustment>();
        for (int depth = 0; depth < 10 && step != null; depth++) {
            step = inf.shallow(step);
            if (step instanceof Ty.Infer i && i.kind() != Ty.VarKind.GENERAL) {
                return blanketOnly(step, name);
            }
            if (step instanceof Ty.Infer || step instanceof Ty.Error) {
                return null;
            }
            for (int mode = 0; mode < 3; mode++) {
                Ty probe = switch (mode) {
                    case 0 -> step;
                    case 1 -> new Ty.Ref(step, false);
                    default -> new Ty.Ref(step, true);
                };
                var picked = probe(step, probe, name);
                if (picked != null) {
                    var a = new ArrayList<>(adjust);
                    if (mode == 1) {
                        a.add(InferenceResult.Adjustment.BORROW);
                    } else if (mode == 2) {
                        a.add(InferenceResult.Adjustment.BORROW_MUT);
                    }
                    return new Picked(picked.fn(), picked.params(), picked.ret(), picked.generics(), picked.sig(), a);
                }
            }
            var next = derefOnce(step);
            if (next == null && step instanceof Ty.Array arr) {
                next = new Ty.Slice(arr.element());
                adjust.add(InferenceResult.Adjustment.UNSIZE);
            } else {
                adjust.add(InferenceResult.Adjustment.DEREF);
            }
            step = next;
        }
        return null;
    }

    /**
     * A method on an integer or float literal of still unknown type: only blanket impls apply
     * ({@code 5.to_string()}); rustc rejects inherent methods there (E0689) and so does brisk, quietly.
     */
    private Picked blanketOnly(Ty step, String name) {
        for (int mode = 0; mode < 2; mode++) {
            Ty probe = mode == 0 ? step : new Ty.Ref(step, false);
            for (var c : inf.impls.methods(name)) {
                if (c.traitMethod() != null && c.selfHead() == null) {
                    var picked = tryCandidate(c, probe);
                    if (picked != null) {
                        return new Picked(picked.fn(), picked.params(), picked.ret(), picked.generics(), picked.sig(),
                                mode == 1 ? List.of(InferenceResult.Adjustment.BORROW) : List.of());
                    }
                }
            }
        }
        return null;
    }

    /** Candidates whose receiver type unifies with {@code probe}; {@code self} is the step's type. */
    private Picked probe(Ty self, Ty probe, String name) {
        boolean inherentOnly = true;
        Object head = TypeHead.of(self);
        Object innerHead = self instanceof Ty.Ref r ? TypeHead.of(inf.shallow(r.inner())) : null;
        for (int pass = 0; pass < 2; pass++) {
            for (var c : inf.impls.methods(name, head, innerHead)) {
                if ((c.traitMethod() == null) != inherentOnly) {
                    continue;
                }
                var picked = tryCandidate(c, probe);
                if (picked != null) {
                    return picked;
                }
            }
            if (!inherentOnly) {
                var fromBounds = fromBounds(self, probe, name);
                if (fromBounds != null) {
                    return fromBounds;
                }
            }
            inherentOnly = false;
        }
        return null;
    }

    private Picked tryCandidate(brisk.types.ImplIndex.Candidate c, Ty probe) {
        int snap = inf.table.snapshot();
        var impl = c.impl();
        var implArgs = inf.fresh(impl.generics().size());
        Ty selfTy = Subst.apply(impl.selfTy(), implArgs, null);
        BodyOwner m = c.traitMethod() != null ? c.traitMethod() : c.method();
        var sig = inf.ctx.get(TypeQueries.FN_SIGNATURE, m);
        if (!sig.hasSelf()) {
            inf.table.rollback(snap);
            return null;
        }
        Ty[] args;
        if (c.traitMethod() != null) {
            args = new Ty[sig.generics().size()];
            var traitArgs = impl.trait().args();
            for (int i = 0; i < sig.generics().containerCount(); i++) {
                args[i] = i < traitArgs.size() ? Subst.apply(traitArgs.get(i), implArgs, null) : inf.var();
            }
        } else {
            args = new Ty[sig.generics().size()];
            System.arraycopy(implArgs, 0, args, 0, Math.min(implArgs.length, args.length));
        }
        for (int i = sig.generics().containerCount(); i < args.length; i++) {
            args[i] = inf.var();
        }
        Ty receiver = Subst.apply(sig.params().getFirst(), args, selfTy);
        if (!inf.table.unify(receiver, probe)) {
            inf.table.rollback(snap);
            return null;
        }
        FnRef fn = new FnRef(c.method(), inf.ctx.get(brisk.items.ItemQueries.ITEM_TREE, c.method().item().file())
                .item(c.method().item().index()).name());
        return instantiate(fn, sig, args, selfTy);
    }

    /** Methods of the traits a type parameter, {@code impl Trait} or {@code dyn Trait} is bounded by. */
    private Picked fromBounds(Ty self, Ty probe, String name) {
        var traits = new ArrayList<Ty.TraitRef>();
        if (self instanceof Ty.Dyn d) {
            traits.add(d.trait());
        } else if (self instanceof Ty.Param || self instanceof Ty.Opaque) {
            for (var p : inf.boundsOf(self)) {
                traits.add(p.trait());
            }
        } else if (self instanceof Ty.Adt a) {
            traits.addAll(inf.derivedTraits(a));
        } else {
            return null;
        }
        for (int i = 0; i < traits.size(); i++) {
            var tr = traits.get(i);
            var def = TypeQueries.traitDef(inf.ctx, inf.owner.crate(), tr.trait());
            if (def == null) {
                continue;
            }
            var m = def.methods().get(name);
            if (m == null) {
                for (var s : def.supertraits()) {
                    traits.add(Subst.trait(s, tr.args().toArray(Ty[]::new), self));
                }
                continue;
            }
            int snap = inf.table.snapshot();
            var sig = inf.ctx.get(TypeQueries.FN_SIGNATURE, m);
            if (!sig.hasSelf()) {
                continue;
            }
            var args = new Ty[sig.generics().size()];
            for (int k = 0; k < args.length; k++) {
                args[k] = k < sig.generics().containerCount() && k < tr.args().size() ? tr.args().get(k) : inf.var();
            }
            if (!inf.table.unify(Subst.apply(sig.params().getFirst(), args, self), probe)) {
                inf.table.rollback(snap);
                continue;
            }
            return instantiate(new FnRef(m, name), sig, args, self);
        }
        return null;
    }

    Picked instantiate(FnRef fn, FnSig sig, Ty[] args, Ty selfTy) {
        var params = new ArrayList<Ty>();
        for (var p : sig.params()) {
            params.add(inf.normalize(Subst.apply(p, args, selfTy)));
        }
        for (var pred : sig.generics().predicates()) {
            if (pred.fnSugarParams() != null && pred.subject() instanceof Ty.Param p && p.index() >= 0
                    && args[p.index()] instanceof Ty.Infer v) {
                inf.closureHints.put(v.var(), Subst.predicate(pred, args, selfTy));
            } else if ("FromIterator".equals(pred.trait().name()) && pred.subject() instanceof Ty.Param p
                    && p.index() >= 0 && args[p.index()] instanceof Ty.Infer) {
                inf.pendingBounds.add(Subst.predicate(pred, args, selfTy));
            }
        }
        Ty ret = inf.normalize(Subst.apply(sig.ret(), args, selfTy));
        return new Picked(fn, params, ret, args, sig, List.of());
    }

    /**
     * Whether every method {@code receiver} could have is known to brisk: each autoderef step is a
     * user type (not an iterator), a type parameter or trait object of user traits only. Std types
     * are not: brisk's std model lists only part of std's methods, so a missing one is brisk's gap.
     */
    boolean fullyKnown(Ty receiver, String method) {
        if (inf.std.methodNames().contains(method)) {
            return false;
        }
        Ty step = receiver;
        for (int depth = 0; depth < 10 && step != null; depth++) {
            step = inf.shallow(step);
            switch (step) {
                case Ty.Ref r -> { }
                case Ty.Adt a when inf.std.is(a, "Box") -> { }
                case Ty.Adt a -> {
                    var iterator = inf.std.get("Iterator");
                    if (isStdOpaque(a) || iterator != null
                            && inf.implementsTrait(a, new Ty.TraitRef(iterator, "Iterator", List.of()))) {
                        return false;
                    }
                }
                case Ty.Param p -> {
                    for (var b : inf.boundsOf(p)) {
                        if (isStdTrait(b.trait())) {
                            return false;
                        }
                    }
                }
                case Ty.Dyn d -> {
                    if (isStdTrait(d.trait())) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
            step = derefOnce(step);
        }
        return true;
    }

    private boolean isStdTrait(Ty.TraitRef t) {
        var vec = inf.std.get("Vec");
        return vec != null && t.trait().file().equals(vec.file());
    }

    /** The type of field {@code name} of {@code ty} after autoderef, or null when there is none. */
    Ty field(Ty ty, String name, List<InferenceResult.Adjustment> adjust) {
        Ty step = ty;
        for (int depth = 0; depth < 10 && step != null; depth++) {
            step = inf.shallow(step);
            switch (step) {
                case Ty.Tuple t -> {
                    int index = tupleIndex(name);
                    if (index >= 0 && index < t.elements().size()) {
                        return t.elements().get(index);
                    }
                }
                case Ty.Adt a -> {
                    var def = inf.adt(a);
                    if (def != null && def.kind() != AdtDef.Kind.ENUM) {
                        var v = def.variants().getFirst();
                        int index = isStdOpaque(a) && v.shape() == brisk.items.Item.FieldsShape.TUPLE ? -1
                                : v.fieldIndex(name);
                        if (index >= 0) {
                            return Subst.apply(v.fieldTypes().get(index), a.args().toArray(Ty[]::new), null);
                        }
                    }
                }
                default -> { }
            }
            adjust.add(InferenceResult.Adjustment.DEREF);
            step = derefOnce(step);
        }
        return null;
    }

    /** std's model writes some types as tuple structs for their type parameters only; those fields do not exist. */
    boolean isStdOpaque(Ty.Adt a) {
        return inf.std.std() != null && inf.std.get("Vec") != null && a.def().file().equals(inf.std.get("Vec").file());
    }

    private static int tupleIndex(String name) {
        if (name.isEmpty() || name.length() > 4) {
            return -1;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(name);
    }
}
