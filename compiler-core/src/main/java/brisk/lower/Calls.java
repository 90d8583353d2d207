package brisk.lower;

import brisk.base.TextRange;
import brisk.items.Item;
import brisk.items.ItemQueries;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.resolve.BodyOwner;
import brisk.resolve.Def;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls: of Rust fns (monomorphized: the callee's generic arguments come from inference, under the
 * caller's own instance), of tuple-struct and tuple-variant constructors, of the few std functions
 * brisk implements ({@link StdCalls}), and method calls with trait methods resolved to the impl
 * of the receiver's concrete type.
 */
final class Calls {
    private final FnLowering fn;

    Calls(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr call(SyntaxNode e) {
        var callee = e.firstChild();
        var args = argNodes(e);
        var resolvedCallee = fn.inference.callees().get(e.textRange());
        if (resolvedCallee == null && callee != null && callee.kind() == SyntaxKind.PATH_EXPR) {
            var pathNode = FnLowering.kid(callee, SyntaxKind.PATH);
            var resolved = pathNode == null ? null : fn.paths.get(pathNode.textRange());
            if (resolved != null && resolved.local() == null) {
                if (resolved.def() instanceof Def.Variant v && lastSegment(pathNode).equals(v.name())) {
                    IrType t = fn.irTypeOf(e);
                    if (t instanceof IrType.Adt a) {
                        return new IrExpr.NewVariant(a.path(), v.name(), nonVoid(fn.exprs.operands(args)));
                    }
                }
                if (resolved.def() instanceof Def.Item item && item.kind() == Def.DefKind.STRUCT
                        && lastSegment(pathNode).equals(Names.itemName(fn.ctx, item.loc()))) {
                    IrType t = fn.irTypeOf(e);
                    if (t instanceof IrType.Adt a) {
                        return new IrExpr.NewStruct(a.path(), nonVoid(fn.exprs.operands(args)));
                    }
                }
            }
        }
        if (resolvedCallee == null && callee != null && Erased.fnArity(fn.types, fn.typeOf(callee)) >= 0) {
            return new Closures(fn).callValue(e, callee, args);
        }
        if (resolvedCallee == null) {
            throw new Unsupported("calls of this kind", e.textRange());
        }
        if (isStd(resolvedCallee.fn().owner())) {
            IrExpr byUser = new TraitCalls(fn).pathCall(e, resolvedCallee, args);
            return byUser != null ? byUser : new StdCalls(fn).call(e, resolvedCallee, args);
        }
        var values = fn.exprs.operands(args);
        return callInstance(e, resolvedCallee, values, null);
    }

    IrExpr methodCall(SyntaxNode e) {
        var resolvedCallee = fn.inference.callees().get(e.textRange());
        var receiver = e.firstChild();
        var args = argNodes(e);
        if (resolvedCallee == null) {
            throw new Unsupported("this method call", e.textRange());
        }
        if (isStd(resolvedCallee.fn().owner())) {
            IrExpr byUser = new TraitCalls(fn).methodCall(e, resolvedCallee, receiver, args);
            return byUser != null ? byUser : new StdCalls(fn).methodCall(e, resolvedCallee, receiver, args);
        }
        var all = new ArrayList<SyntaxNode>();
        all.add(receiver);
        all.addAll(args);
        var sig = fn.ctx.get(TypeQueries.FN_SIGNATURE, resolvedCallee.fn().owner());
        var values = new ArrayList<IrExpr>();
        // The receiver is passed as the object itself (autoref is free); a by-value Copy receiver is copied.
        for (int i = 0; i < all.size(); i++) {
            if (i > 0 && !ExprLowering.isSimple(all.get(i))) {
                for (int j = 0; j < values.size(); j++) {
                    values.set(j, fn.exprs.stable(values.get(j)));
                }
            }
            boolean byValueSelf = i == 0 && sig.hasSelf() && !(sig.params().getFirst() instanceof Ty.Ref);
            values.add(i == 0 && !byValueSelf ? fn.exprs.raw(all.get(i)) : fn.exprs.value(all.get(i)));
        }
        return callInstance(e, resolvedCallee, values, fn.typeOf(receiver));
    }

    private IrExpr callInstance(SyntaxNode e, InferenceResult.Callee callee, List<IrExpr> values, Ty receiverTy) {
        var owner = traitMethodOf(callee.fn().owner(), callee.fn().name());
        var typeArgs = Subst.all(callee.genericArgs(), fn.instance.typeArgs()).stream().map(fn.types::normalize).toList();
        Ty self = derefBoxes(receiverTy);
        if (isTraitMethod(owner) && self instanceof Ty.Dyn d) {
            return dynCall(e, owner, callee.fn().name(), d, values);
        }
        if (isTraitMethod(owner)) {
            var dispatched = dispatch(e, owner, callee.fn().name(), receiverTy, typeArgs);
            owner = dispatched.owner();
            typeArgs = dispatched.typeArgs();
        }
        for (Ty t : typeArgs) {
            if (!isConcrete(t)) {
                throw new Unsupported("calls whose generic arguments brisk cannot infer", e.textRange());
            }
        }
        var instance = new FnInstance(owner, typeArgs);
        FnRef ref = fnRef(instance, e.textRange());
        var args = new ArrayList<IrExpr>();
        var copiedArrays = new ArrayList<IrExpr[]>();
        for (int i = 0; i < values.size(); i++) {
            IrExpr v = values.get(i);
            if (i < ref.sig().params().size() && !ref.sig().params().get(i).equals(v.type())) {
                boolean arrayAsSlice = v.type() instanceof IrType.Array;
                IrExpr array = arrayAsSlice ? fn.exprs.stable(v) : v;
                v = fn.exprs.coerce(array, ref.sig().params().get(i), e.textRange());
                if (arrayAsSlice && v.type().equals(Vecs.RSLICE)) {
                    copiedArrays.add(new IrExpr[] {array, v});
                }
            }
            args.add(v);
        }
        fn.callees.add(instance);
        IrExpr call = fn.exprs.stable(new IrExpr.Call(ref, args));
        // A slice of an array is a boxed copy: what the callee wrote through `&mut [T]` goes back.
        for (IrExpr[] copied : copiedArrays) {
            fn.exprs.copyBack(copied[1], copied[0]);
        }
        return call;
    }

    /** A trait method called on a {@code dyn Trait} object: an interface call. */
    private IrExpr dynCall(SyntaxNode e, BodyOwner method, String name, Ty.Dyn dyn, List<IrExpr> values) {
        if (!DynTraits.methods(fn.ctx, fn.instance.owner().crate(), dyn.trait()).containsKey(name)
                || !(values.getFirst().type() instanceof IrType.Dyn)) {
            throw new Unsupported("this method call on `dyn " + dyn.trait().name() + "`", e.textRange());
        }
        var sig = fn.ctx.get(TypeQueries.FN_SIGNATURE, method);
        var types = new TypeLowering(fn.ctx, fn.instance.owner().crate(), dyn.trait().args());
        var params = new ArrayList<IrType>();
        var args = new ArrayList<IrExpr>();
        for (int i = 1; i < sig.params().size(); i++) {
            IrType p = types.lower(sig.params().get(i), e.textRange());
            params.add(p);
            args.add(fn.exprs.coerce(values.get(i), p, e.textRange()));
        }
        IrType ret = types.lower(sig.ret(), e.textRange());
        fn.types.noteAll(types.adts());
        return fn.exprs.stable(new IrExpr.DynCall(name, new IrSig(params, ret), values.getFirst(), args));
    }

    /**
     * For a method of a trait impl, the trait's declaration (inference records a trait impl's
     * method with the trait's generic arguments, so the impl is found again for the concrete
     * {@code Self}, binding the impl's own generics); any other fn as it is.
     */
    private BodyOwner traitMethodOf(BodyOwner owner, String name) {
        if (owner.container() == null || !(fn.ctx.get(ItemQueries.ITEM_TREE, owner.container().file())
                .item(owner.container().index()) instanceof Item.Impl)) {
            return owner;
        }
        var impl = fn.ctx.get(TypeQueries.IMPL_DEF, Names.ownerOf(fn.ctx, owner.crate(), owner.container()));
        if (impl == null || impl.trait() == null) {
            return owner;
        }
        var trait = fn.ctx.get(TypeQueries.TRAIT_DEF, Names.ownerOf(fn.ctx, owner.crate(), impl.trait().trait()));
        var declared = trait == null ? null : trait.methods().get(name);
        return declared == null ? owner : declared;
    }

    private boolean isTraitMethod(BodyOwner owner) {
        return owner.container() != null && fn.ctx.get(ItemQueries.ITEM_TREE, owner.container().file())
                .item(owner.container().index()) instanceof Item.Trait;
    }

    /** The impl method (or the trait's default body) a trait method call on a concrete {@code Self} runs. */
    private FnInstance dispatch(SyntaxNode e, BodyOwner traitMethod, String name, Ty receiverTy, List<Ty> typeArgs) {
        Ty self = derefBoxes(receiverTy);
        if (self == null) {
            self = selfOfPathCall(e, traitMethod);
        }
        if (self == null || !isConcrete(self)) {
            throw new Unsupported("calls of trait functions whose `Self` type brisk cannot tell", e.textRange());
        }
        if (self instanceof Ty.Dyn) {
            throw new Unsupported("this call on a trait object", e.textRange());
        }
        var found = TraitImpls.method(fn.ctx, fn.instance.owner().crate(), traitMethod, name, self, typeArgs);
        if (found == null) {
            throw new Unsupported("this trait method call (no impl for `" + TypeLowering.describe(self) + "`)",
                    e.textRange());
        }
        return found;
    }

    /** The receiver's type after auto-deref through references and Boxes (a Box is its value here). */
    private Ty derefBoxes(Ty t) {
        while (t instanceof Ty.Ref || fn.types.std().is(t, "Box")) {
            t = t instanceof Ty.Ref r ? r.inner() : ((Ty.Adt) t).args().getFirst();
        }
        return t;
    }

    /** {@code Self} of {@code T::f(..)} / {@code Trait::f(..)}: read off the argument and result types. */
    private Ty selfOfPathCall(SyntaxNode e, BodyOwner traitMethod) {
        var sig = fn.ctx.get(TypeQueries.FN_SIGNATURE, traitMethod);
        var args = argNodes(e);
        for (int i = 0; i < sig.params().size() && i < args.size(); i++) {
            Ty found = selfIn(sig.params().get(i), fn.typeOf(args.get(i)));
            if (found != null) {
                return found;
            }
        }
        return selfIn(sig.ret(), fn.typeOf(e));
    }

    private static Ty selfIn(Ty pattern, Ty concrete) {
        return switch (pattern) {
            case Ty.Param p when p.index() < 0 -> concrete;
            case Ty.Ref r when concrete instanceof Ty.Ref c -> selfIn(r.inner(), c.inner());
            case Ty.Adt a when concrete instanceof Ty.Adt c && a.args().size() == c.args().size() -> {
                for (int i = 0; i < a.args().size(); i++) {
                    Ty found = selfIn(a.args().get(i), c.args().get(i));
                    if (found != null) {
                        yield found;
                    }
                }
                yield null;
            }
            case Ty.Tuple t when concrete instanceof Ty.Tuple c && t.elements().size() == c.elements().size() -> {
                for (int i = 0; i < t.elements().size(); i++) {
                    Ty found = selfIn(t.elements().get(i), c.elements().get(i));
                    if (found != null) {
                        yield found;
                    }
                }
                yield null;
            }
            default -> null;
        };
    }

    static boolean isConcrete(Ty t) {
        return switch (t) {
            case Ty.Param _, Ty.Infer _, Ty.Error _, Ty.Projection _ -> false;
            // `impl Fn..`/`impl Iterator` are erased (see Erased): every such type lowers alike.
            case Ty.Opaque o -> o.bounds().stream().anyMatch(b -> b.name().startsWith("Fn") || b.name().equals("Iterator"));
            case Ty.Ref r -> isConcrete(r.inner());
            case Ty.Tuple tu -> tu.elements().stream().allMatch(Calls::isConcrete);
            case Ty.Adt a -> a.args().stream().allMatch(Calls::isConcrete);
            case Ty.Array a -> isConcrete(a.element());
            case Ty.Slice s -> isConcrete(s.element());
            default -> true;
        };
    }

    FnRef fnRef(FnInstance instance, TextRange at) {
        var sig = fn.ctx.get(TypeQueries.FN_SIGNATURE, instance.owner());
        var types = new TypeLowering(fn.ctx, fn.instance.owner().crate(), instance.typeArgs());
        OpaqueTypes.reveal(fn.ctx, instance, types, at);
        OpaqueTypes.reveal(fn.ctx, instance, fn.types, at);
        var params = new ArrayList<IrType>();
        for (Ty p : sig.params()) {
            params.add(types.lower(p, at));
        }
        IrType ret = types.lower(sig.ret(), at);
        fn.types.noteAll(types.adts());
        return new FnRef(Names.modulePath(fn.ctx, instance.owner().crate(), instance.owner().module()),
                Names.fnName(fn.ctx, instance), new IrSig(params, ret));
    }

    boolean isStd(BodyOwner owner) {
        return owner.crate().equals(fn.types.std().std());
    }

    static String lastSegment(SyntaxNode pathNode) {
        String text = pathNode.text().strip();
        int sep = text.lastIndexOf("::");
        String last = sep < 0 ? text : text.substring(sep + 2).strip();
        int generic = last.indexOf('<');
        return generic < 0 ? last : last.substring(0, generic).strip();
    }

    static List<SyntaxNode> argNodes(SyntaxNode call) {
        var list = FnLowering.kid(call, SyntaxKind.ARG_LIST);
        return list == null ? List.of() : list.children();
    }

    private static List<IrExpr> nonVoid(List<IrExpr> values) {
        return values.stream().filter(v -> !v.type().isVoid()).toList();
    }
}
