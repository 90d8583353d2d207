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
            return new StdCalls(fn).call(e, resolvedCallee, args);
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
            return new StdCalls(fn).methodCall(e, resolvedCallee, receiver, args);
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
        var owner = callee.fn().owner();
        var typeArgs = Subst.all(callee.genericArgs(), fn.instance.typeArgs());
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

    private boolean isTraitMethod(BodyOwner owner) {
        return owner.container() != null && fn.ctx.get(ItemQueries.ITEM_TREE, owner.container().file())
                .item(owner.container().index()) instanceof Item.Trait;
    }

    /** The impl method a trait method call on a concrete receiver runs. */
    private FnInstance dispatch(SyntaxNode e, BodyOwner traitMethod, String name, Ty receiverTy, List<Ty> typeArgs) {
        Ty self = receiverTy;
        while (self instanceof Ty.Ref r) {
            self = r.inner();
        }
        if (self == null) {
            throw new Unsupported("calls of trait functions without a receiver", e.textRange());
        }
        var index = fn.ctx.get(TypeQueries.IMPL_INDEX, fn.instance.owner().crate());
        for (var candidate : index.methods(name)) {
            if (candidate.traitMethod() == null || !candidate.traitMethod().equals(traitMethod)) {
                continue;
            }
            if (candidate.impl().generics().size() == 0 && candidate.impl().selfTy().equals(self)) {
                if (candidate.method().equals(traitMethod)) {
                    throw new Unsupported("default methods of traits", e.textRange());
                }
                var sig = fn.ctx.get(TypeQueries.FN_SIGNATURE, candidate.method());
                if (sig.generics().size() > 0) {
                    throw new Unsupported("generic trait methods", e.textRange());
                }
                return new FnInstance(candidate.method(), List.of());
            }
        }
        throw new Unsupported("this trait method call", e.textRange());
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
