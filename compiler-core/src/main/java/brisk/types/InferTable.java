package brisk.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inference variables of one body and their unification. Bindings are kept in plain arrays;
 * every binding is logged so that a tentative unification (a method candidate, a coercion) can be
 * rolled back with {@link #snapshot()} / {@link #rollback(int)}.
 */
public final class InferTable {
    private Ty[] bound = new Ty[64];
    private Ty.VarKind[] kinds = new Ty.VarKind[64];
    private int count;
    private int[] trail = new int[64];
    private int trailSize;

    public Ty.Infer newVar(Ty.VarKind kind) {
        if (count == bound.length) {
            bound = Arrays.copyOf(bound, count * 2);
            kinds = Arrays.copyOf(kinds, count * 2);
        }
        kinds[count] = kind;
        return new Ty.Infer(count++, kind);
    }

    public int snapshot() {
        return trailSize;
    }

    public void rollback(int snapshot) {
        while (trailSize > snapshot) {
            bound[trail[--trailSize]] = null;
        }
    }

    private void bind(int var, Ty ty) {
        bound[var] = ty;
        if (trailSize == trail.length) {
            trail = Arrays.copyOf(trail, trailSize * 2);
        }
        trail[trailSize++] = var;
    }

    /** Follows bound variables at the top of {@code ty}. */
    public Ty shallow(Ty ty) {
        while (ty instanceof Ty.Infer i && bound[i.var()] != null) {
            ty = bound[i.var()];
        }
        if (ty instanceof Ty.Infer i && kinds[i.var()] != i.kind()) {
            return new Ty.Infer(i.var(), kinds[i.var()]);
        }
        return ty;
    }

    /** Replaces every bound variable inside {@code ty}; unbound ones stay. */
    public Ty resolve(Ty ty) {
        ty = shallow(ty);
        return switch (ty) {
            case Ty.Tuple t -> t.elements().isEmpty() ? t : new Ty.Tuple(list(t.elements()));
            case Ty.Ref r -> new Ty.Ref(resolve(r.inner()), r.mutable());
            case Ty.Ptr p -> new Ty.Ptr(resolve(p.inner()), p.mutable());
            case Ty.Array a -> new Ty.Array(resolve(a.element()), a.length());
            case Ty.Slice s -> new Ty.Slice(resolve(s.element()));
            case Ty.Adt a -> a.args().isEmpty() ? a : new Ty.Adt(a.def(), a.name(), list(a.args()));
            case Ty.FnDef f -> new Ty.FnDef(f.fn(), list(f.params()), resolve(f.ret()));
            case Ty.FnPtr f -> new Ty.FnPtr(list(f.params()), resolve(f.ret()));
            case Ty.Closure c -> new Ty.Closure(c.id(), list(c.params()), resolve(c.ret()));
            case Ty.Dyn d -> new Ty.Dyn(traitRef(d.trait()));
            case Ty.Projection p -> new Ty.Projection(resolve(p.self()), traitRef(p.trait()), p.name());
            default -> ty;
        };
    }

    private Ty.TraitRef traitRef(Ty.TraitRef t) {
        return t.args().isEmpty() ? t : new Ty.TraitRef(t.trait(), t.name(), list(t.args()));
    }

    private List<Ty> list(List<Ty> tys) {
        var out = new ArrayList<Ty>(tys.size());
        for (var t : tys) {
            out.add(resolve(t));
        }
        return out;
    }

    /** Whether {@code ty} still contains an unbound general variable or an error ({@code {integer}} is known enough). */
    public boolean isUnknown(Ty ty) {
        ty = shallow(ty);
        return switch (ty) {
            case Ty.Infer i -> i.kind() == Ty.VarKind.GENERAL;
            case Ty.Error e -> true;
            case Ty.Tuple t -> t.elements().stream().anyMatch(this::isUnknown);
            case Ty.Ref r -> isUnknown(r.inner());
            case Ty.Ptr p -> isUnknown(p.inner());
            case Ty.Array a -> isUnknown(a.element());
            case Ty.Slice s -> isUnknown(s.element());
            case Ty.Adt a -> a.args().stream().anyMatch(this::isUnknown);
            case Ty.Projection p -> true;
            case Ty.Closure c -> false;
            case Ty.FnDef f -> false;
            default -> false;
        };
    }

    /** Makes {@code a} and {@code b} equal, binding variables; false (with partial bindings) when they differ. */
    public boolean unify(Ty a, Ty b) {
        a = shallow(a);
        b = shallow(b);
        if (a == b || a.equals(b)) {
            return true;
        }
        if (a instanceof Ty.Error || b instanceof Ty.Error) {
            if (a instanceof Ty.Infer i) {
                bind(i.var(), Ty.ERROR);
            }
            if (b instanceof Ty.Infer i) {
                bind(i.var(), Ty.ERROR);
            }
            return true;
        }
        if (a instanceof Ty.Infer ia && b instanceof Ty.Infer ib) {
            if (ia.kind() == Ty.VarKind.GENERAL) {
                bind(ia.var(), b);
                return true;
            }
            if (ib.kind() == Ty.VarKind.GENERAL || ib.kind() == ia.kind()) {
                bind(ib.var(), a);
                return true;
            }
            return false;
        }
        if (a instanceof Ty.Infer ia) {
            return bindVar(ia, b);
        }
        if (b instanceof Ty.Infer ib) {
            return bindVar(ib, a);
        }
        return structural(a, b);
    }

    private boolean structural(Ty a, Ty b) {
        return switch (a) {
            case Ty.Tuple ta when b instanceof Ty.Tuple tb -> all(ta.elements(), tb.elements());
            case Ty.Ref ra when b instanceof Ty.Ref rb -> ra.mutable() == rb.mutable() && unify(ra.inner(), rb.inner());
            case Ty.Ptr pa when b instanceof Ty.Ptr pb -> pa.mutable() == pb.mutable() && unify(pa.inner(), pb.inner());
            case Ty.Array xa when b instanceof Ty.Array xb ->
                    (xa.length() == xb.length() || xa.length() < 0 || xb.length() < 0) && unify(xa.element(), xb.element());
            case Ty.Slice sa when b instanceof Ty.Slice sb -> unify(sa.element(), sb.element());
            case Ty.Adt aa when b instanceof Ty.Adt ab -> aa.def().equals(ab.def()) && all(aa.args(), ab.args());
            case Ty.FnPtr fa when b instanceof Ty.FnPtr fb -> all(fa.params(), fb.params()) && unify(fa.ret(), fb.ret());
            case Ty.FnDef fa when b instanceof Ty.FnDef fb -> fa.fn().equals(fb.fn())
                    && all(fa.params(), fb.params()) && unify(fa.ret(), fb.ret());
            case Ty.Closure ca when b instanceof Ty.Closure cb -> ca.id() == cb.id();
            case Ty.Dyn da when b instanceof Ty.Dyn db -> da.trait().trait().equals(db.trait().trait())
                    && all(da.trait().args(), db.trait().args());
            case Ty.Projection pa when b instanceof Ty.Projection pb -> pa.name().equals(pb.name())
                    && pa.trait().trait().equals(pb.trait().trait()) && unify(pa.self(), pb.self());
            default -> false;
        };
    }

    private boolean bindVar(Ty.Infer v, Ty other) {
        switch (v.kind()) {
            case INT -> {
                if (!(other instanceof Ty.Prim p && p.kind().isInteger())) {
                    return false;
                }
            }
            case FLOAT -> {
                if (!(other instanceof Ty.Prim p && p.kind().isFloat())) {
                    return false;
                }
            }
            case GENERAL -> {
                if (occurs(v.var(), other)) {
                    return false;
                }
            }
        }
        bind(v.var(), other);
        return true;
    }

    private boolean occurs(int var, Ty ty) {
        ty = shallow(ty);
        return switch (ty) {
            case Ty.Infer i -> i.var() == var;
            case Ty.Tuple t -> t.elements().stream().anyMatch(e -> occurs(var, e));
            case Ty.Ref r -> occurs(var, r.inner());
            case Ty.Ptr p -> occurs(var, p.inner());
            case Ty.Array a -> occurs(var, a.element());
            case Ty.Slice s -> occurs(var, s.element());
            case Ty.Adt a -> a.args().stream().anyMatch(e -> occurs(var, e));
            default -> false;
        };
    }

    private boolean all(List<Ty> a, List<Ty> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!unify(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Unifies, undoing every binding when it fails. */
    public boolean tryUnify(Ty a, Ty b) {
        int snap = snapshot();
        if (unify(a, b)) {
            return true;
        }
        rollback(snap);
        return false;
    }

    /**
     * The final form of {@code ty} for an {@link InferenceResult}: variables replaced (numeric ones
     * defaulted by {@link #applyNumericFallback()}, others by the error type), unchanged subtrees kept
     * as they are, and equal results shared through {@code canonical} to keep stored results small.
     */
    public Ty finish(Ty ty, java.util.Map<Ty, Ty> canonical) {
        Ty out = finishTree(ty);
        Ty known = canonical.putIfAbsent(out, out);
        return known == null ? out : known;
    }

    /** {@link #finish(Ty, java.util.Map)} without sharing. */
    public Ty finish(Ty ty) {
        return finishTree(ty);
    }

    private Ty finishTree(Ty ty) {
        ty = shallow(ty);
        return switch (ty) {
            case Ty.Infer i -> switch (i.kind()) {
                case INT -> Ty.I32;
                case FLOAT -> Ty.F64;
                case GENERAL -> Ty.ERROR;
            };
            case Ty.Tuple t -> t.elements().isEmpty() ? t : sameOr(t.elements(), l -> new Ty.Tuple(l), t);
            case Ty.Ref r -> {
                Ty in = finishTree(r.inner());
                yield in == r.inner() ? r : new Ty.Ref(in, r.mutable());
            }
            case Ty.Ptr p -> {
                Ty in = finishTree(p.inner());
                yield in == p.inner() ? p : new Ty.Ptr(in, p.mutable());
            }
            case Ty.Array a -> {
                Ty in = finishTree(a.element());
                yield in == a.element() ? a : new Ty.Array(in, a.length());
            }
            case Ty.Slice s -> {
                Ty in = finishTree(s.element());
                yield in == s.element() ? s : new Ty.Slice(in);
            }
            case Ty.Adt a -> a.args().isEmpty() ? a : sameOr(a.args(), l -> new Ty.Adt(a.def(), a.name(), l), a);
            case Ty.FnDef f -> new Ty.FnDef(f.fn(), finishList(f.params()), finishTree(f.ret()));
            case Ty.FnPtr f -> new Ty.FnPtr(finishList(f.params()), finishTree(f.ret()));
            case Ty.Closure c -> new Ty.Closure(c.id(), finishList(c.params()), finishTree(c.ret()));
            case Ty.Dyn d -> d.trait().args().isEmpty() ? d
                    : new Ty.Dyn(new Ty.TraitRef(d.trait().trait(), d.trait().name(), finishList(d.trait().args())));
            case Ty.Projection p -> Ty.ERROR;
            default -> ty;
        };
    }

    private Ty sameOr(List<Ty> list, java.util.function.Function<List<Ty>, Ty> make, Ty original) {
        var out = finishList(list);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) != list.get(i)) {
                return make.apply(out);
            }
        }
        return original;
    }

    private List<Ty> finishList(List<Ty> tys) {
        var out = new ArrayList<Ty>(tys.size());
        for (var t : tys) {
            out.add(finishTree(t));
        }
        return out;
    }

    /** Applies integer/float fallback to every unbound numeric variable now (before reporting). */
    public void applyNumericFallback() {
        for (int v = 0; v < count; v++) {
            if (bound[v] == null && kinds[v] != Ty.VarKind.GENERAL) {
                bind(v, kinds[v] == Ty.VarKind.INT ? Ty.I32 : Ty.F64);
            }
        }
    }
}
