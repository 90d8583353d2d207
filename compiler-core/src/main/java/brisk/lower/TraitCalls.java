package brisk.lower;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IrExpr;
import brisk.syntax.SyntaxNode;
import brisk.types.InferenceResult;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls of std's trait methods whose behaviour comes from the program: {@code clone},
 * {@code eq}/{@code ne}, {@code cmp}/{@code partial_cmp}/{@code lt}.. on user types, tuples and
 * collections of them (derived code generated inline: {@link Cloning}, {@link Comparisons}), and
 * any std trait method a user impl implements ({@code a.add(b)}, {@code Default::default()},
 * {@code From::from}). Returns null for calls {@link StdCalls} handles.
 */
final class TraitCalls {
    private final FnLowering fn;

    TraitCalls(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr methodCall(SyntaxNode e, InferenceResult.Callee callee, SyntaxNode receiver, List<SyntaxNode> args) {
        String name = callee.fn().name();
        Ty recvTy = strip(fn.typeOf(receiver));
        if (fn.types.std().is(recvTy, "Formatter")) {
            return new UserFormatting(fn).formatterMethod(e, name, receiver, args);
        }
        if ((name.equals("as_ref") || name.equals("as_mut")) && args.isEmpty() && fn.types.std().is(recvTy, "Box")) {
            // A Box is its value (see TypeLowering): borrowing its content is the value itself.
            return fn.exprs.raw(receiver);
        }
        if (name.equals("into") && args.isEmpty()) {
            IrExpr into = into(e, callee, receiver, recvTy);
            if (into != null) {
                return into;
            }
        }
        if (args.size() == 1 && (name.equals("cmp") || name.equals("partial_cmp") || name.equals("max")
                || name.equals("min")) && isOrdTraitMethod(callee) && orderable(recvTy)) {
            return ordMethod(e, name, receiver, args.getFirst(), recvTy);
        }
        if (!involvesUserType(recvTy)) {
            return null;
        }
        switch (name) {
            case "to_string" -> {
                if (args.isEmpty() && new UserFormatting(fn).implFor(recvTy, "Display") != null) {
                    IrExpr v = fn.exprs.stable(fn.exprs.raw(receiver));
                    var fmt = new Formatting(fn);
                    IrExpr out = fmt.newString();
                    fmt.display(out, v, recvTy, e);
                    return out;
                }
            }
            case "clone" -> {
                if (args.isEmpty()) {
                    IrExpr v = fn.exprs.stable(fn.exprs.raw(receiver));
                    return new Cloning(fn).clone(v, recvTy, e.textRange());
                }
            }
            case "eq", "ne", "lt", "le", "gt", "ge" -> {
                if (args.size() == 1) {
                    var values = fn.exprs.operands(List.of(receiver, args.getFirst()));
                    CmpOp op = switch (name) {
                        case "eq" -> CmpOp.EQ;
                        case "ne" -> CmpOp.NE;
                        case "lt" -> CmpOp.LT;
                        case "le" -> CmpOp.LE;
                        case "gt" -> CmpOp.GT;
                        default -> CmpOp.GE;
                    };
                    return fn.exprs.stable(new Comparisons(fn).operator(op, values.get(0), values.get(1), recvTy,
                            e.textRange()));
                }
            }
            default -> { }
        }
        var self = recvTy;
        var userImpl = userImplMethod(callee, self);
        if (userImpl == null) {
            return null;
        }
        return callImpl(e, userImpl, receiver, args);
    }

    /** {@code Trait::f(..)} / {@code T::f(..)} of a std trait implemented by user code, or null. */
    IrExpr pathCall(SyntaxNode e, InferenceResult.Callee callee, List<SyntaxNode> args) {
        if (callee.fn().owner().container() == null) {
            return null;
        }
        Ty result = strip(fn.typeOf(e));
        String name = callee.fn().name();
        if (name.equals("new") && args.size() == 1 && fn.types.std().is(result, "Box")) {
            // A Box is its value (see TypeLowering); coercions to `dyn` happen where it flows.
            return fn.exprs.value(args.getFirst());
        }
        if (name.equals("default") && args.isEmpty() && result instanceof Ty.Adt adt && fn.types.isUserAdt(adt)) {
            var userImpl = userImplMethod(callee, adt);
            if (userImpl != null) {
                fn.callees.add(userImpl);
                return fn.exprs.stable(new IrExpr.Call(fn.exprs.fnRef(userImpl, e.textRange()), List.of()));
            }
            return new Defaults(fn).of(adt, e.textRange());
        }
        if (name.equals("from") && args.size() == 1 && involvesUserType(result)) {
            var userImpl = userImplMethod(callee, result);
            if (userImpl != null) {
                var values = fn.exprs.operands(args);
                return call(e, userImpl, values);
            }
        }
        return null;
    }

    /** {@code x.into()}: {@code &str} to String, or the user's {@code From} impl of the target type. */
    private IrExpr into(SyntaxNode e, InferenceResult.Callee callee, SyntaxNode receiver, Ty from) {
        Ty target = fn.typeOf(e);
        if (fn.types.std().is(target, "String") && from instanceof Ty.Prim p && p.kind() == Ty.PrimKind.STR) {
            return fn.exprs.stable(new IrExpr.StaticCall(StdCalls.RSTRING, "from", brisk.lower.ir.IrSig.of(
                    TypeLowering.RSTRING, TypeLowering.RSTR), List.of(fn.exprs.raw(receiver))));
        }
        var fromTrait = fn.types.std().get("From");
        Ty source = fn.typeOf(receiver);
        if (fromTrait == null || !involvesUserType(target) || !Calls.isConcrete(target)) {
            return null;
        }
        var m = TraitImpls.find(fn.ctx, fn.instance.owner().crate(), fromTrait, target, List.of(source));
        var fromFn = m == null ? null : m.impl().methods().get("from");
        if (fromFn == null) {
            return null;
        }
        return call(e, new FnInstance(fromFn, m.args()), List.of(fn.exprs.value(receiver)));
    }

    /** Whether {@code callee} is {@code Ord}'s or {@code PartialOrd}'s method (not an inherent {@code f64::max}). */
    private boolean isOrdTraitMethod(InferenceResult.Callee callee) {
        var container = callee.fn().owner().container();
        if (container == null) {
            return false;
        }
        var item = fn.ctx.get(brisk.items.ItemQueries.ITEM_TREE, container.file()).item(container.index());
        if (item instanceof brisk.items.Item.Impl) {
            var impl = fn.ctx.get(brisk.types.TypeQueries.IMPL_DEF, Names.ownerOf(fn.ctx, callee.fn().owner().crate(),
                    container));
            container = impl == null || impl.trait() == null ? null : impl.trait().trait();
        }
        return container != null && (container.equals(fn.types.std().get("Ord"))
                || container.equals(fn.types.std().get("PartialOrd")));
    }

    /** Types whose ordering {@link Comparisons} derives or finds: not floats' inherent methods, no user impls of Ord. */
    private boolean orderable(Ty t) {
        return switch (t) {
            case Ty.Prim _ -> true;
            case Ty.Adt a when fn.types.std().is(a, "String") -> true;
            case Ty.Adt a when fn.types.isUserAdt(a) -> derivedOrStd(a, "PartialOrd");
            case Ty.Tuple tu -> tu.elements().stream().allMatch(this::orderable);
            case Ty.Ref r -> orderable(r.inner());
            default -> false;
        };
    }

    /** {@code a.cmp(&b)}, {@code a.partial_cmp(&b)}, {@code a.max(b)}, {@code a.min(b)} through {@link Comparisons}. */
    private IrExpr ordMethod(SyntaxNode e, String name, SyntaxNode receiver, SyntaxNode arg, Ty type) {
        var values = name.equals("max") || name.equals("min") ? fn.exprs.operands(List.of(receiver, arg))
                : List.of(fn.exprs.stable(fn.exprs.raw(receiver)), fn.exprs.stable(fn.exprs.value(arg)));
        var cmp = new Comparisons(fn);
        IrExpr a = fn.exprs.stable(values.get(0));
        IrExpr b = fn.exprs.stable(values.get(1));
        IrExpr c = fn.exprs.stable(cmp.cmp(a, b, type, e.textRange()));
        var cfg = fn.cfg;
        switch (name) {
            case "cmp" -> {
                return cmp.toOrdering(c, e.textRange());
            }
            case "partial_cmp" -> {
                var optionTy = (brisk.lower.ir.IrType.Adt) fn.irTypeOf(e);
                int out = cfg.newLocal("$partial", optionTy);
                int none = cfg.newBlock();
                int some = cfg.newBlock();
                int join = cfg.newBlock();
                cfg.terminate(new brisk.lower.ir.IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, c,
                        Comparisons.i32(Comparisons.UNORDERED)), none, some));
                cfg.switchTo(none);
                cfg.assign(cfg.local(out), new IrExpr.NewVariant(optionTy.path(), "None", List.of()));
                cfg.gotoBlock(join);
                cfg.switchTo(some);
                IrExpr ordering = fn.exprs.stable(cmp.toOrdering(c, e.textRange()));
                cfg.assign(cfg.local(out), new IrExpr.NewVariant(optionTy.path(), "Some", List.of(ordering)));
                cfg.gotoBlock(join);
                cfg.switchTo(join);
                return new IrExpr.Read(cfg.local(out));
            }
            default -> {
                // max: the second unless the first is greater; min: the first unless it is greater (core's max_by/min_by).
                var t = a.type();
                int out = cfg.newLocal("$pick", t);
                int first = cfg.newBlock();
                int second = cfg.newBlock();
                int join = cfg.newBlock();
                IrExpr greater = new IrExpr.Compare(CmpOp.EQ, c, Comparisons.i32(1));
                cfg.terminate(new brisk.lower.ir.IrTerminator.Branch(greater, name.equals("max") ? first : second,
                        name.equals("max") ? second : first));
                cfg.switchTo(first);
                cfg.assign(cfg.local(out), a);
                cfg.gotoBlock(join);
                cfg.switchTo(second);
                cfg.assign(cfg.local(out), b);
                cfg.gotoBlock(join);
                cfg.switchTo(join);
                return new IrExpr.Read(cfg.local(out));
            }
        }
    }

    private IrExpr callImpl(SyntaxNode e, FnInstance target, SyntaxNode receiver, List<SyntaxNode> args) {
        var sig = fn.ctx.get(brisk.types.TypeQueries.FN_SIGNATURE, target.owner());
        boolean byValueSelf = sig.hasSelf() && !(sig.params().getFirst() instanceof Ty.Ref);
        var values = new ArrayList<IrExpr>();
        values.add(byValueSelf ? fn.exprs.value(receiver) : fn.exprs.raw(receiver));
        for (var a : args) {
            if (!ExprLowering.isSimple(a)) {
                values.replaceAll(fn.exprs::stable);
            }
            values.add(fn.exprs.value(a));
        }
        return call(e, target, values);
    }

    private IrExpr call(SyntaxNode e, FnInstance target, List<IrExpr> values) {
        fn.callees.add(target);
        var ref = fn.exprs.fnRef(target, e.textRange());
        var args = new ArrayList<IrExpr>();
        for (int i = 0; i < values.size(); i++) {
            args.add(fn.exprs.coerce(values.get(i), ref.sig().params().get(i), e.textRange()));
        }
        return fn.exprs.stable(new IrExpr.Call(ref, args));
    }

    /** The user-written impl fn of the std trait method {@code callee} for {@code self}, or null. */
    private FnInstance userImplMethod(InferenceResult.Callee callee, Ty self) {
        var traitMethod = callee.fn().owner();
        if (traitMethod.container() == null || !Calls.isConcrete(self)) {
            return null;
        }
        var item = fn.ctx.get(brisk.items.ItemQueries.ITEM_TREE, traitMethod.container().file())
                .item(traitMethod.container().index());
        if (!(item instanceof brisk.items.Item.Trait)) {
            return null;
        }
        var args = Subst.all(callee.genericArgs(), fn.instance.typeArgs());
        var found = TraitImpls.method(fn.ctx, fn.instance.owner().crate(), traitMethod, callee.fn().name(), self, args);
        if (found == null || found.owner().crate().equals(fn.types.std().std())) {
            return null;
        }
        return found;
    }

    private boolean derivedOrStd(Ty t, String trait) {
        return !(t instanceof Ty.Adt a && fn.types.isUserAdt(a) && !new AdtValues(fn).isStdDerived(a)
                && !new AdtValues(fn).derives(a, trait));
    }

    /** Whether {@code t} mentions a struct or enum compiled from source (where derives and impls live). */
    private boolean involvesUserType(Ty t) {
        return switch (t) {
            case Ty.Adt a when fn.types.isUserAdt(a) -> true;
            case Ty.Adt a -> a.args().stream().anyMatch(this::involvesUserType);
            case Ty.Ref r -> involvesUserType(r.inner());
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(this::involvesUserType);
            case Ty.Array a -> involvesUserType(a.element());
            case Ty.Slice s -> involvesUserType(s.element());
            default -> false;
        };
    }

    private static Ty strip(Ty t) {
        while (t instanceof Ty.Ref r) {
            t = r.inner();
        }
        return t;
    }
}
