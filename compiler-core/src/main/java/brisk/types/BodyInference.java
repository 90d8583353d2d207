package brisk.types;

import static brisk.items.Nodes.child;
import static brisk.items.Nodes.children;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.items.Path;
import brisk.items.TypeLowering;
import brisk.resolve.BodyOwner;
import brisk.resolve.BodyResolution;
import brisk.resolve.Def;
import brisk.resolve.ResolveQueries;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Type inference of one fn body: a single walk that infers every expression with an optional
 * expected type, unifying through {@link InferTable}, then resolves every recorded type.
 * Name resolution's results ({@link BodyResolution}) say what each path is; the body's own syntax
 * is the only syntax read. A construct brisk cannot type yields {@link Ty#ERROR}, which unifies
 * with everything and so reports nothing further.
 */
final class BodyInference {
    final QueryContext ctx;
    final BodyOwner owner;
    final FnSig sig;
    final InferTable table = new InferTable();
    final StdItems std;
    final ImplIndex impls;
    final TyLowering lowering;
    final Map<TextRange, BodyResolution.ResolvedPath> paths = new HashMap<>();
    final Map<TextRange, Ty> exprTypes = new HashMap<>();
    final Map<TextRange, Ty> bindings = new HashMap<>();
    final Map<TextRange, InferenceResult.Callee> callees = new HashMap<>();
    final Map<TextRange, List<InferenceResult.Adjustment>> adjustments = new HashMap<>();
    final List<ItemDiagnostic> diagnostics = new ArrayList<>();
    /** Expected closure signatures for variables standing for a generic with an Fn bound. */
    final Map<Integer, Predicate> closureHints = new HashMap<>();
    /** Projections whose self type was still a variable: solved once it is known. */
    final List<PendingProjection> pending = new ArrayList<>();

    record PendingProjection(Ty.Infer var, Ty self, Ty.TraitRef trait, String name) {}
    /**
     * {@code B: FromIterator<Item>} bounds of calls whose {@code B} was still a variable: once its head
     * is known ({@code collect::<Vec<_>>()}), the one impl for it fixes the rest ({@code Vec<Item>}).
     */
    final List<Predicate> pendingBounds = new ArrayList<>();
    final Methods methods;
    final Exprs exprs;
    final Patterns patterns;
    Ty returnTy;
    int closureCount;
    private final Ty selfTy;

    private BodyInference(QueryContext ctx, BodyOwner owner, FnSig sig) {
        this.ctx = ctx;
        this.owner = owner;
        this.sig = sig;
        this.std = ctx.get(TypeQueries.STD_ITEMS, owner.crate());
        this.impls = ctx.get(TypeQueries.IMPL_INDEX, owner.crate());
        var c = ItemLowering.context(ctx, owner);
        this.lowering = new TyLowering(ctx, owner, c.generics(), c.selfTy(), c.selfTrait(),
                () -> table.newVar(Ty.VarKind.GENERAL));
        this.returnTy = sig.ret();
        this.selfTy = c.selfTy();
        this.methods = new Methods(this);
        this.exprs = new Exprs(this);
        this.patterns = new Patterns(this);
    }

    static InferenceResult infer(QueryContext ctx, BodyOwner owner) {
        var body = ctx.get(ItemQueries.BODY_SYNTAX, owner.item()).root();
        if (body == null || !(ctx.get(ItemQueries.ITEM_TREE, owner.item().file()).item(owner.item().index())
                instanceof Item.Fn fn)) {
            return InferenceResult.EMPTY;
        }
        var resolution = ctx.get(ResolveQueries.BODY_RESOLUTION, owner);
        var sig = ctx.get(TypeQueries.FN_SIGNATURE, owner);
        var inf = new BodyInference(ctx, owner, sig);
        for (var p : resolution.paths()) {
            inf.paths.put(p.range(), p);
        }
        if (fn.qualifiers().isAsync()) {
            return InferenceResult.EMPTY;
        }
        inf.exprs.checkFnBody(body, fn);
        return inf.finish();
    }

    /** Normalizes the pending projections whose self type became known; repeats while that helps. */
    void solvePending() {
        for (var hint : closureHints.values()) {
            if (shallow(hint.subject()) instanceof Ty.FnDef) {
                bindClosure(hint);
            }
        }
        for (var bound : List.copyOf(pendingBounds)) {
            Ty self = shallow(bound.subject());
            if (self instanceof Ty.Infer) {
                continue;
            }
            pendingBounds.remove(bound);
            Object head = TypeHead.of(self);
            for (var impl : impls.implsOf(bound.trait().trait())) {
                Object implHead = TypeHead.of(impl.selfTy());
                if (implHead == null || !implHead.equals(head)) {
                    continue;
                }
                int snap = table.snapshot();
                var args = fresh(impl.generics().size());
                var wanted = new Ty.TraitRef(bound.trait().trait(), bound.trait().name(),
                        bound.trait().args().stream().map(this::normalize).toList());
                if (table.unify(Subst.apply(impl.selfTy(), args, null), self) && traitArgsMatch(impl.trait(), wanted, args)) {
                    break;
                }
                table.rollback(snap);
            }
        }
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            var list = new ArrayList<>(pending);
            pending.clear();
            for (var p : list) {
                if (shallow(p.self()) instanceof Ty.Infer) {
                    pending.add(p);
                } else {
                    table.unify(p.var(), project(p.self(), p.trait(), p.name()));
                    progress = true;
                }
            }
        }
    }

    private InferenceResult finish() {
        solvePending();
        table.applyNumericFallback();
        solvePending();
        if (diagnostics.isEmpty()) {
            reportUnknownLets();
        }
        var canonical = new HashMap<Ty, Ty>();
        var types = new HashMap<TextRange, Ty>(exprTypes.size() * 2);
        exprTypes.forEach((r, t) -> types.put(r, table.finish(t, canonical)));
        var binds = new HashMap<TextRange, Ty>(bindings.size() * 2);
        bindings.forEach((r, t) -> binds.put(r, table.finish(t, canonical)));
        var calls = new HashMap<TextRange, InferenceResult.Callee>();
        callees.forEach((r, c) -> calls.put(r, new InferenceResult.Callee(c.fn(),
                c.genericArgs().stream().map(t -> table.finish(t, canonical)).toList())));
        return InferenceResult.of(types, binds, calls, adjustments, diagnostics);
    }

    /** Let bindings written without a type whose type stayed unknown: rustc's E0282, once per body. */
    final List<brisk.syntax.SyntaxNode> unannotatedLets = new ArrayList<>();

    private void reportUnknownLets() {
        for (var pat : unannotatedLets) {
            var t = bindings.get(pat.textRange());
            if (t == null || !hasUnboundVar(table.resolve(t))) {
                continue;
            }
            Ty resolved = table.resolve(t);
            String shown = TyDisplay.show(resolved);
            error("E0282", resolved instanceof Ty.Infer ? "type annotations needed"
                    : "type annotations needed for `" + shown + "`", pat.textRange(), null);
            return;
        }
    }

    private boolean hasUnboundVar(Ty ty) {
        return switch (ty) {
            case Ty.Infer i -> i.kind() == Ty.VarKind.GENERAL;
            case Ty.Adt a -> a.args().stream().anyMatch(this::hasUnboundVar);
            case Ty.Ref r -> hasUnboundVar(r.inner());
            case Ty.Tuple t -> t.elements().stream().anyMatch(this::hasUnboundVar);
            case Ty.Slice s -> hasUnboundVar(s.element());
            case Ty.Array a -> hasUnboundVar(a.element());
            default -> false;
        };
    }

    // ----- shared helpers

    /** {@code Self} in this body: the impl's self type, a trait's {@code Self} parameter, or null. */
    Ty selfTy() {
        return selfTy;
    }

    Ty var() {
        return table.newVar(Ty.VarKind.GENERAL);
    }

    Ty shallow(Ty ty) {
        return table.shallow(ty);
    }

    void error(String code, String message, TextRange range, String label) {
        diagnostics.add(new ItemDiagnostic(owner.item(), true,
                Diagnostic.error(code, message, new Span(owner.item().file(), range), label)));
    }

    void mismatch(Ty expected, Ty found, TextRange range) {
        error("E0308", "mismatched types", range, expectedFound(expected, found));
    }

    /** rustc's label for a type mismatch: literals' types are named in words ("found integer"). */
    String expectedFound(Ty expected, Ty found) {
        return "expected " + labelType(expected) + ", found " + labelType(found);
    }

    private String labelType(Ty ty) {
        if (shallow(ty) instanceof Ty.Infer i && i.kind() != Ty.VarKind.GENERAL) {
            return i.kind() == Ty.VarKind.INT ? "integer" : "floating-point number";
        }
        return "`" + show(ty) + "`";
    }

    String show(Ty ty) {
        return TyDisplay.show(table.resolve(ty));
    }

    /**
     * Whether {@code found} may be used where {@code expected} is wanted: unification plus rustc's
     * coercions (never, {@code &mut T} to {@code &T}, deref coercion of references, unsizing of
     * arrays and boxes into slices and trait objects, fn items and closures to fn pointers).
     */
    boolean coerce(Ty found, Ty expected) {
        var f = shallow(found);
        var e = shallow(expected);
        if (f instanceof Ty.Never || e instanceof Ty.Opaque) {
            return true;
        }
        if (table.tryUnify(f, e)) {
            return true;
        }
        if (f instanceof Ty.Ref fr && e instanceof Ty.Ref er && (fr.mutable() || !er.mutable())) {
            Ty inner = fr.inner();
            for (int step = 0; step < 8 && inner != null; step++) {
                if (table.tryUnify(inner, er.inner())) {
                    return true;
                }
                var in = shallow(inner);
                var target = shallow(er.inner());
                if (in instanceof Ty.Array a && target instanceof Ty.Slice s) {
                    return table.tryUnify(a.element(), s.element());
                }
                if (target instanceof Ty.Dyn d && implementsTrait(in, d.trait())) {
                    return true;
                }
                inner = methods.derefOnce(in);
            }
            return false;
        }
        if (f instanceof Ty.Ref fr && e instanceof Ty.Ptr ep && (fr.mutable() || !ep.mutable())) {
            return table.tryUnify(fr.inner(), ep.inner());
        }
        if (std.is(f, "Box") && std.is(e, "Box")) {
            var fi = shallow(((Ty.Adt) f).args().getFirst());
            var ei = shallow(((Ty.Adt) e).args().getFirst());
            if (ei instanceof Ty.Dyn d) {
                if (fi instanceof Ty.Closure c && StdItems.isFnTrait(d.trait().name()) && !d.trait().args().isEmpty()
                        && shallow(d.trait().args().getFirst()) instanceof Ty.Tuple args
                        && args.elements().size() == c.params().size()) {
                    for (int i = 0; i < args.elements().size(); i++) {
                        table.tryUnify(c.params().get(i), args.elements().get(i));
                    }
                }
                return fi instanceof Ty.Infer || implementsTrait(fi, d.trait());
            }
            if (fi instanceof Ty.Array a && ei instanceof Ty.Slice s) {
                return table.tryUnify(a.element(), s.element());
            }
        }
        if (e instanceof Ty.FnPtr ep) {
            if (f instanceof Ty.FnDef fd) {
                return table.tryUnify(new Ty.FnPtr(fd.params(), fd.ret()), ep);
            }
            if (f instanceof Ty.Closure c) {
                return table.tryUnify(new Ty.FnPtr(c.params(), c.ret()), ep);
            }
        }
        return false;
    }

    /** Whether {@code ty} implements {@code trait}, as far as brisk can tell; unknown types do. */
    boolean implementsTrait(Ty ty, Ty.TraitRef trait) {
        ty = shallow(ty);
        if (ty instanceof Ty.Infer || ty instanceof Ty.Error || ty instanceof Ty.Never) {
            return true;
        }
        if ((ty instanceof Ty.Closure || ty instanceof Ty.FnDef || ty instanceof Ty.FnPtr)
                && StdItems.isFnTrait(trait.name())) {
            return true;
        }
        if (ty instanceof Ty.Dyn d && (d.trait().trait().equals(trait.trait()) || supertraitOf(d.trait(), trait))) {
            return true;
        }
        if (ty instanceof Ty.Param || ty instanceof Ty.Opaque || ty instanceof Ty.Projection) {
            for (var pred : boundsOf(ty)) {
                if (pred.trait().trait().equals(trait.trait()) || supertraitOf(pred.trait(), trait)) {
                    return true;
                }
            }
            return false;
        }
        Object head = TypeHead.of(ty);
        for (var impl : impls.implsOf(trait.trait())) {
            Object implHead = TypeHead.of(impl.selfTy());
            if (implHead != null && !implHead.equals(head)) {
                continue;
            }
            int snap = table.snapshot();
            var args = fresh(impl.generics().size());
            boolean ok = table.unify(Subst.apply(impl.selfTy(), args, null), ty);
            table.rollback(snap);
            if (ok) {
                return true;
            }
        }
        return derives(ty, trait.name());
    }

    private boolean derives(Ty ty, String traitName) {
        if (ty instanceof Ty.Adt a && std.std() != null && !a.def().file().equals(stdFile())) {
            var item = ctx.get(ItemQueries.ITEM_TREE, a.def().file()).item(a.def().index());
            return item.attrs().derives().contains(traitName);
        }
        return false;
    }

    /** The std traits a user ADT derives ({@code #[derive(Clone, PartialEq)]}), as trait references. */
    List<Ty.TraitRef> derivedTraits(Ty.Adt a) {
        var out = new ArrayList<Ty.TraitRef>();
        if (std.std() == null || a.def().file().equals(stdFile())) {
            return out;
        }
        var item = ctx.get(ItemQueries.ITEM_TREE, a.def().file()).item(a.def().index());
        for (String d : item.attrs().derives()) {
            String name = d.substring(d.lastIndexOf(':') + 1).strip();
            var loc = std.get(name);
            if (loc != null) {
                out.add(new Ty.TraitRef(loc, name, List.of()));
            }
        }
        return out;
    }

    private brisk.base.FileId stdFile() {
        var vec = std.get("Vec");
        return vec == null ? null : vec.file();
    }

    boolean supertraitOf(Ty.TraitRef sub, Ty.TraitRef sup) {
        var def = TypeQueries.traitDef(ctx, owner.crate(), sub.trait());
        if (def == null) {
            return false;
        }
        for (var s : def.supertraits()) {
            if (s.trait().equals(sup.trait()) || supertraitOf(s, sup)) {
                return true;
            }
        }
        return false;
    }

    /** The trait bounds known for a type parameter, {@code impl Trait} or projection. */
    List<Predicate> boundsOf(Ty ty) {
        var out = new ArrayList<Predicate>();
        if (ty instanceof Ty.Opaque o) {
            for (var b : o.bounds()) {
                out.add(new Predicate(ty, b, o.assoc()));
            }
            return out;
        }
        for (var p : sig.generics().predicates()) {
            if (p.subject().equals(ty)) {
                out.add(p);
            }
        }
        return out;
    }

    Ty[] fresh(int n) {
        var out = new Ty[n];
        for (int i = 0; i < n; i++) {
            out[i] = var();
        }
        return out;
    }

    /**
     * Replaces projections ({@code <T as Iterator>::Item}) whose self type is known by the
     * associated type of the matching impl (or bound); unknown ones become fresh variables.
     */
    Ty normalize(Ty ty) {
        return switch (ty) {
            case Ty.Projection p -> project(normalize(p.self()), p.trait(), p.name());
            case Ty.Ref r -> new Ty.Ref(normalize(r.inner()), r.mutable());
            case Ty.Adt a -> a.args().isEmpty() ? a : new Ty.Adt(a.def(), a.name(), a.args().stream().map(this::normalize).toList());
            case Ty.Tuple t -> t.elements().isEmpty() ? t : new Ty.Tuple(t.elements().stream().map(this::normalize).toList());
            case Ty.Slice s -> new Ty.Slice(normalize(s.element()));
            case Ty.Array a -> new Ty.Array(normalize(a.element()), a.length());
            case Ty.FnPtr f -> new Ty.FnPtr(f.params().stream().map(this::normalize).toList(), normalize(f.ret()));
            default -> ty;
        };
    }

    Ty project(Ty self, Ty.TraitRef trait, String name) {
        self = shallow(self);
        if (self instanceof Ty.Error) {
            return Ty.ERROR;
        }
        if (self instanceof Ty.Param || self instanceof Ty.Opaque) {
            for (var pred : boundsOf(self)) {
                if (pred.trait().trait().equals(trait.trait()) && pred.assoc().containsKey(name)) {
                    return pred.assoc().get(name);
                }
            }
            return new Ty.Projection(self, trait, name);
        }
        if (self instanceof Ty.Dyn d && d.trait().trait().equals(trait.trait())) {
            return Ty.ERROR;
        }
        if (self instanceof Ty.Infer i && i.kind() != Ty.VarKind.GENERAL) {
            pickLiteralImpl(i, trait);
            self = shallow(self);
        }
        if (self instanceof Ty.Infer) {
            var v = table.newVar(Ty.VarKind.GENERAL);
            pending.add(new PendingProjection(v, self, trait, name));
            return v;
        }
        Object head = TypeHead.of(self);
        for (int pass = 0; pass < 2; pass++) {
            boolean matchArgs = pass == 0;
            for (var impl : impls.implsOf(trait.trait())) {
                Object implHead = TypeHead.of(impl.selfTy());
                if (implHead != null && !implHead.equals(head)) {
                    continue;
                }
                int snap = table.snapshot();
                var args = fresh(impl.generics().size());
                if (!table.unify(Subst.apply(impl.selfTy(), args, null), self)
                        || matchArgs && !traitArgsMatch(impl.trait(), trait, args)) {
                    table.rollback(snap);
                    continue;
                }
                var value = impl.assocTypes().get(name);
                if (value == null) {
                    return Ty.ERROR;
                }
                for (var pred : impl.generics().predicates()) {
                    bindClosure(Subst.predicate(pred, args, null));
                }
                return normalize(Subst.apply(value, args, null));
            }
        }
        return Ty.ERROR;
    }

    /** Whether an impl's trait arguments agree with the ones asked for (none asked: any). */
    private boolean traitArgsMatch(Ty.TraitRef implTrait, Ty.TraitRef wanted, Ty[] implArgs) {
        if (implTrait == null || wanted.args().isEmpty() || implTrait.args().size() != wanted.args().size()) {
            return true;
        }
        for (int i = 0; i < wanted.args().size(); i++) {
            if (!table.unify(Subst.apply(implTrait.args().get(i), implArgs, null), wanted.args().get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An integer or float literal of unknown type used where a trait is needed: when exactly one
     * primitive of that kind implements the trait (as {@code usize} for {@code SliceIndex<[T]>}), the
     * literal has that type, as rustc decides.
     */
    private void pickLiteralImpl(Ty.Infer v, Ty.TraitRef trait) {
        Ty only = null;
        for (var impl : impls.implsOf(trait.trait())) {
            if (impl.selfTy() instanceof Ty.Prim p && (v.kind() == Ty.VarKind.INT ? p.kind().isInteger() : p.kind().isFloat())) {
                int snap = table.snapshot();
                boolean ok = traitArgsMatch(impl.trait(), trait, fresh(impl.generics().size()));
                table.rollback(snap);
                if (ok) {
                    if (only != null && !only.equals(p)) {
                        return;
                    }
                    only = p;
                }
            }
        }
        if (only != null) {
            table.unify(v, only);
        }
    }

    /** A bound {@code F: Fn(A) -> R} on a closure type fixes (unifies) the closure's signature. */
    void bindClosure(Predicate p) {
        var params = p.fnSugarParams();
        if (params == null) {
            return;
        }
        var subject = shallow(p.subject());
        if (subject instanceof Ty.Closure c && c.params().size() == params.size()) {
            for (int i = 0; i < params.size(); i++) {
                table.unify(c.params().get(i), normalize(params.get(i)));
            }
            table.unify(c.ret(), normalize(p.assoc().get("Output")));
        }
        if (subject instanceof Ty.FnDef f && f.params().size() == params.size()) {
            // A fn item passed for an Fn bound: its signature fixes the bound's output (`and_then(half)`).
            table.unify(f.ret(), normalize(p.assoc().get("Output")));
        }
    }

    BodyResolution.ResolvedPath resolved(TextRange range) {
        return paths.get(range);
    }

    /** A path lowered from syntax, relative to the body (as name resolution saw it). */
    Path path(SyntaxNode pathNode) {
        return new TypeLowering(0).path(pathNode);
    }

    Ty lowerType(SyntaxNode typeNode) {
        return typeNode == null ? var() : lowering.lower(new TypeLowering(0).type(typeNode));
    }

    AdtDef adt(Ty.Adt adt) {
        return TypeQueries.adtDef(ctx, owner.crate(), adt.def());
    }

    Ty stdAdt(String name, Ty... args) {
        var loc = std.get(name);
        if (loc == null) {
            return Ty.ERROR;
        }
        return new Ty.Adt(loc, name, List.of(args));
    }

    Def resolveTypeLikePath(Path path) {
        return lowering.scope().resolveStructPath(path);
    }

    static boolean isKeyword(SyntaxNode node, SyntaxKind kind) {
        return Nodes.hasToken(node, kind);
    }

    static List<SyntaxNode> kids(SyntaxNode node, SyntaxKind kind) {
        return children(node, kind);
    }

    static SyntaxNode kid(SyntaxNode node, SyntaxKind kind) {
        return child(node, kind);
    }
}
