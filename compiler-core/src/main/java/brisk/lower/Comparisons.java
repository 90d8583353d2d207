package brisk.lower;

import brisk.base.TextRange;
import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.Place;
import brisk.types.Ty;
import java.util.List;

/**
 * {@code PartialEq} and {@code PartialOrd}/{@code Ord} as Rust defines them, generated inline:
 * scalars compare natively (floats by IEEE rules), strings by bytes, tuples, arrays, slices and
 * Vecs lexicographically, {@code #[derive]}d structs field by field in declaration order and enums
 * by variant order first, and a hand-written impl by calling it. An ordering is an {@code i32}:
 * -1, 0, 1, or 2 for "unordered" (a NaN somewhere: {@code partial_cmp} is None and every
 * comparison operator false).
 */
final class Comparisons {
    static final int UNORDERED = 2;

    private final FnLowering fn;

    Comparisons(FnLowering fn) {
        this.fn = fn;
    }

    /** {@code l == r} (both of Rust type {@code type}, references already looked through by the caller or not). */
    IrExpr eq(IrExpr l, IrExpr r, Ty type, TextRange at) {
        type = strip(fn.types.normalize(type));
        IrType t = l.type();
        if (isScalar(t) && t.equals(r.type())) {
            return new IrExpr.Compare(CmpOp.EQ, l, r);
        }
        if (isString(t) && isString(r.type())) {
            return strEq(l, r);
        }
        int result = fn.cfg.newLocal("$eq", IrType.BOOL);
        int done = fn.cfg.newBlock();
        IrExpr a = fn.exprs.stable(l);
        IrExpr b = fn.exprs.stable(r);
        fn.cfg.assign(fn.cfg.local(result), new IrExpr.BoolConst(false));
        // Each step branches to `done` (result false) on a difference; reaching the end means equal.
        walk(a, b, type, at, true, done, result);
        fn.cfg.assign(fn.cfg.local(result), new IrExpr.BoolConst(true));
        fn.cfg.gotoBlock(done);
        fn.cfg.switchTo(done);
        return new IrExpr.Read(fn.cfg.local(result));
    }

    /** The ordering of {@code l} and {@code r} as an {@code i32} (see the class comment). */
    IrExpr cmp(IrExpr l, IrExpr r, Ty type, TextRange at) {
        type = strip(fn.types.normalize(type));
        int result = fn.cfg.newLocal("$cmp", IrType.I32);
        int done = fn.cfg.newBlock();
        IrExpr a = fn.exprs.stable(l);
        IrExpr b = fn.exprs.stable(r);
        walk(a, b, type, at, false, done, result);
        fn.cfg.assign(fn.cfg.local(result), i32(0));
        fn.cfg.gotoBlock(done);
        fn.cfg.switchTo(done);
        return new IrExpr.Read(fn.cfg.local(result));
    }

    /** {@code l OP r} for a comparison operator on values that are not scalars. */
    IrExpr operator(CmpOp op, IrExpr l, IrExpr r, Ty type, TextRange at) {
        if (op == CmpOp.EQ || op == CmpOp.NE) {
            IrExpr eq = fn.exprs.stable(eq(l, r, type, at));
            return op == CmpOp.EQ ? eq : new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, eq, Overflow.CHECKED, null);
        }
        IrExpr c = fn.exprs.stable(cmp(l, r, type, at));
        return switch (op) {
            case LT -> new IrExpr.Compare(CmpOp.EQ, c, i32(-1));
            case GT -> new IrExpr.Compare(CmpOp.EQ, c, i32(1));
            // -1 or 0: c + 1 is 0 or 1, unsigned-below 2.
            case LE -> new IrExpr.Compare(CmpOp.LT, new IrExpr.Cast(new IrExpr.Arith(ArithOp.ADD, IrType.I32, c, i32(1),
                    Overflow.WRAPPING, null), IrType.U32), new IrExpr.IntConst(IntKind.U32, 2));
            // 0 or 1 (never 2, unordered): c unsigned-below 2.
            default -> new IrExpr.Compare(CmpOp.LT, new IrExpr.Cast(c, IrType.U32), new IrExpr.IntConst(IntKind.U32, 2));
        };
    }

    /**
     * Compares {@code a} and {@code b}: on the first difference stores it in {@code result} and
     * jumps to {@code done} (for equality: result stays false); falls through when equal.
     */
    private void walk(IrExpr a, IrExpr b, Ty type, TextRange at, boolean equality, int done, int result) {
        var cfg = fn.cfg;
        IrType t = a.type();
        if (t.isVoid()) {
            return;
        }
        if (isScalar(t)) {
            if (equality) {
                differ(new IrExpr.Compare(CmpOp.NE, a, b), done, result, null);
                return;
            }
            differ(new IrExpr.Compare(CmpOp.LT, a, b), done, result, i32(-1));
            differ(new IrExpr.Compare(CmpOp.GT, a, b), done, result, i32(1));
            if (t instanceof IrType.Float32 || t instanceof IrType.Float64) {
                differ(new IrExpr.Compare(CmpOp.NE, a, b), done, result, i32(UNORDERED));
            }
            return;
        }
        if (isString(t)) {
            if (equality) {
                differ(new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, strEq(a, b), Overflow.CHECKED, null), done, result, null);
                return;
            }
            IrExpr c = fn.exprs.stable(strCmp(a, b));
            differ(new IrExpr.Compare(CmpOp.LT, c, i32(0)), done, result, i32(-1));
            differ(new IrExpr.Compare(CmpOp.GT, c, i32(0)), done, result, i32(1));
            return;
        }
        switch (type) {
            case Ty.Tuple tu -> {
                int irIndex = 0;
                for (Ty e : tu.elements()) {
                    IrType et = fn.types.lower(e, at);
                    if (et.isVoid()) {
                        continue;
                    }
                    int i = irIndex++;
                    walk(fn.exprs.stable(new IrExpr.Read(new Place.TupleField(a, i))),
                            fn.exprs.stable(new IrExpr.Read(new Place.TupleField(b, i))), strip(e), at, equality, done, result);
                }
            }
            case Ty.Adt adt when fn.types.isUserAdt(adt) -> adt(a, b, adt, at, equality, done, result);
            default -> {
                Ty element = fn.types.elementType(type);
                if (element == null) {
                    throw new Unsupported("comparison of `" + TypeLowering.describe(type) + "` values", at);
                }
                sequence(a, b, strip(element), at, equality, done, result);
            }
        }
    }

    /** Vecs, slices and arrays: element by element, then by length (lexicographic like core). */
    private void sequence(IrExpr a, IrExpr b, Ty element, TextRange at, boolean equality, int done, int result) {
        var cfg = fn.cfg;
        IrType et = fn.types.lower(element, at);
        IrExpr la = fn.exprs.stable(length(a, at));
        IrExpr lb = fn.exprs.stable(length(b, at));
        if (equality) {
            differ(new IrExpr.Compare(CmpOp.NE, la, lb), done, result, null);
        }
        int i = cfg.newLocal("$i", IrType.USIZE);
        cfg.assign(cfg.local(i), new IrExpr.IntConst(IntKind.USIZE, 0));
        int head = cfg.newBlock();
        int check = cfg.newBlock();
        int body = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        IrExpr iv = new IrExpr.Read(cfg.local(i));
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, la), check, exit));
        cfg.switchTo(check);
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, lb), body, exit));
        cfg.switchTo(body);
        walk(element(a, iv, et), element(b, iv, et), element, at, equality, done, result);
        cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, iv, new IrExpr.IntConst(IntKind.USIZE, 1),
                Overflow.WRAPPING, null));
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
        if (!equality) {
            differ(new IrExpr.Compare(CmpOp.LT, la, lb), done, result, i32(-1));
            differ(new IrExpr.Compare(CmpOp.GT, la, lb), done, result, i32(1));
        }
    }

    private IrExpr length(IrExpr v, TextRange at) {
        if (v.type() instanceof IrType.Array) {
            return new IrExpr.ArrayLength(v);
        }
        if (v.type().equals(Vecs.RVEC) || v.type().equals(Vecs.RSLICE)) {
            return Vecs.len(v);
        }
        throw new Unsupported("comparison of these values", at);
    }

    private IrExpr element(IrExpr seq, IrExpr index, IrType et) {
        if (seq.type() instanceof IrType.Array) {
            return fn.exprs.stable(new IrExpr.Read(new Place.Index(seq, index, "<unreachable>")));
        }
        return fn.exprs.stable(Vecs.get(seq, index, et, "<unreachable>"));
    }

    private void adt(IrExpr a, IrExpr b, Ty.Adt adt, TextRange at, boolean equality, int done, int result) {
        var values = new AdtValues(fn);
        String trait = equality ? "PartialEq" : "PartialOrd";
        if (!values.isStdDerived(adt) && !values.derives(adt, trait)) {
            userImpl(a, b, adt, at, equality, done, result);
            return;
        }
        var instance = DerivedFns.instance(fn, adt, trait);
        fn.callees.add(instance);
        fn.types.lower(adt, at);
        IrExpr r = fn.exprs.stable(new IrExpr.Call(DerivedFns.ref(fn.ctx, instance, IrSig.of(equality ? IrType.BOOL
                : IrType.I32, a.type(), b.type())), List.of(a, b)));
        if (equality) {
            differ(new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, r, Overflow.CHECKED, null), done, result, null);
        } else {
            differ(new IrExpr.Compare(CmpOp.NE, r, i32(0)), done, result, r);
        }
    }

    /**
     * The body of {@code adt}'s generated {@code eq} ({@code (a, b) -> bool}) or ordering
     * ({@code (a, b) -> i32}) fn: enums by variant first, then the fields in declaration order.
     */
    IrSig lowerBody(Ty.Adt adt, boolean equality) {
        TextRange at = TextRange.at(0);
        var cfg = fn.cfg;
        IrType t = fn.types.lower(adt, at);
        IrExpr a = new IrExpr.Read(cfg.local(cfg.newLocal("self", t)));
        IrExpr b = new IrExpr.Read(cfg.local(cfg.newLocal("other", t)));
        IrType resultType = equality ? IrType.BOOL : IrType.I32;
        int result = cfg.newLocal("$r", resultType);
        int done = cfg.newBlock();
        cfg.assign(cfg.local(result), equality ? new IrExpr.BoolConst(false) : i32(0));
        var values = new AdtValues(fn);
        var def = values.def(adt);
        if (def.kind() == brisk.types.AdtDef.Kind.ENUM) {
            IrExpr ta = fn.exprs.stable(new IrExpr.Tag(a));
            IrExpr tb = fn.exprs.stable(new IrExpr.Tag(b));
            if (equality) {
                differ(new IrExpr.Compare(CmpOp.NE, ta, tb), done, result, null);
            } else {
                differ(new IrExpr.Compare(CmpOp.LT, ta, tb), done, result, i32(-1));
                differ(new IrExpr.Compare(CmpOp.GT, ta, tb), done, result, i32(1));
            }
        }
        // Same variant: compare the fields of both values in declaration order.
        values.perVariant(a, adt, at, (index, variant, fieldsA) -> {
            var fieldsB = values.fields(b, adt, def.variants().get(index), variant, at);
            for (int i = 0; i < fieldsA.size(); i++) {
                if (fieldsA.get(i).value() == null) {
                    continue;
                }
                walk(fieldsA.get(i).value(), fieldsB.get(i).value(), strip(fieldsA.get(i).type()), at, equality, done,
                        result);
            }
        });
        cfg.assign(cfg.local(result), equality ? new IrExpr.BoolConst(true) : i32(0));
        cfg.gotoBlock(done);
        cfg.switchTo(done);
        cfg.terminate(new IrTerminator.Return(new IrExpr.Read(cfg.local(result))));
        return IrSig.of(resultType, t, t);
    }

    /** A hand-written {@code impl PartialEq} / {@code PartialOrd} (or {@code Ord}) of a user type. */
    private void userImpl(IrExpr a, IrExpr b, Ty.Adt adt, TextRange at, boolean equality, int done, int result) {
        var crate = fn.instance.owner().crate();
        var std = fn.types.std();
        if (equality) {
            var m = TraitImpls.find(fn.ctx, crate, std.get("PartialEq"), adt, List.of(adt));
            var eqFn = m == null ? null : m.impl().methods().get("eq");
            if (eqFn == null) {
                throw new Unsupported("comparison of `" + adt.name() + "` values", at);
            }
            IrExpr eq = call(new FnInstance(eqFn, m.args()), a, b, at);
            differ(new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, eq, Overflow.CHECKED, null), done, result, null);
            return;
        }
        var m = TraitImpls.find(fn.ctx, crate, std.get("PartialOrd"), adt, List.of(adt));
        var partial = m == null ? null : m.impl().methods().get("partial_cmp");
        IrExpr ordering;
        if (partial != null) {
            IrExpr option = fn.exprs.stable(call(new FnInstance(partial, m.args()), a, b, at));
            ordering = fromOptionOrdering(option, at);
        } else {
            var ord = TraitImpls.find(fn.ctx, crate, std.get("Ord"), adt, List.of());
            var cmpFn = ord == null ? null : ord.impl().methods().get("cmp");
            if (cmpFn == null) {
                throw new Unsupported("ordering of `" + adt.name() + "` values", at);
            }
            ordering = fromOrdering(fn.exprs.stable(call(new FnInstance(cmpFn, ord.args()), a, b, at)));
        }
        IrExpr c = fn.exprs.stable(ordering);
        differ(new IrExpr.Compare(CmpOp.NE, c, i32(0)), done, result, c);
    }

    private IrExpr call(FnInstance target, IrExpr a, IrExpr b, TextRange at) {
        fn.callees.add(target);
        return fn.exprs.stable(new IrExpr.Call(fn.exprs.fnRef(target, at), List.of(a, b)));
    }

    /** A {@code core::cmp::Ordering} value as -1/0/1 (its variants are declared Less, Equal, Greater). */
    static IrExpr fromOrdering(IrExpr ordering) {
        return new IrExpr.Arith(ArithOp.SUB, IrType.I32, new IrExpr.Tag(ordering), i32(1), Overflow.WRAPPING, null);
    }

    /** An {@code Option<Ordering>} as -1/0/1, or {@link #UNORDERED} for None. */
    private IrExpr fromOptionOrdering(IrExpr option, TextRange at) {
        var cfg = fn.cfg;
        var optionTy = (IrType.Adt) option.type();
        int out = cfg.newLocal("$ord", IrType.I32);
        int some = cfg.newBlock();
        int none = cfg.newBlock();
        int join = cfg.newBlock();
        // Option's variants: None (0), Some (1).
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, new IrExpr.Tag(option), i32(1)), some, none));
        cfg.switchTo(none);
        cfg.assign(cfg.local(out), i32(UNORDERED));
        cfg.gotoBlock(join);
        cfg.switchTo(some);
        var orderingTy = fn.types.lower(new Ty.Adt(fn.types.std().get("Ordering"), "Ordering", List.of()), at);
        IrExpr inner = new IrExpr.Read(new Place.Field(option, brisk.lower.ir.FieldRef.ofVariant(optionTy.path(), "Some",
                "0", orderingTy)));
        cfg.assign(cfg.local(out), fromOrdering(inner));
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(out));
    }

    /** The {@code Ordering} value for -1/0/1. */
    IrExpr toOrdering(IrExpr c, TextRange at) {
        var cfg = fn.cfg;
        var orderingTy = (IrType.Adt) fn.types.lower(new Ty.Adt(fn.types.std().get("Ordering"), "Ordering", List.of()), at);
        int out = cfg.newLocal("$ordering", orderingTy);
        int join = cfg.newBlock();
        String[] names = {"Less", "Equal", "Greater"};
        var cases = new java.util.ArrayList<IrTerminator.SwitchCase>();
        var blocks = new int[3];
        for (int i = 0; i < 3; i++) {
            blocks[i] = cfg.newBlock();
            cases.add(new IrTerminator.SwitchCase(i - 1, blocks[i]));
        }
        int otherwise = cfg.newBlock();
        cfg.terminate(new IrTerminator.Switch(c, cases, otherwise));
        cfg.switchTo(otherwise);
        cfg.terminate(new IrTerminator.Unreachable());
        for (int i = 0; i < 3; i++) {
            cfg.switchTo(blocks[i]);
            cfg.assign(cfg.local(out), new IrExpr.NewVariant(orderingTy.path(), names[i], List.of()));
            cfg.gotoBlock(join);
        }
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(out));
    }

    /** If {@code differs}: store {@code value} (unless null) in {@code result} and jump to {@code done}. */
    private void differ(IrExpr differs, int done, int result, IrExpr value) {
        var cfg = fn.cfg;
        int yes = cfg.newBlock();
        int no = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(differs, yes, no));
        cfg.switchTo(yes);
        if (value != null) {
            cfg.assign(cfg.local(result), value);
        }
        cfg.gotoBlock(done);
        cfg.switchTo(no);
    }

    /** Through references and Boxes: both compare as what they point to (a Box is its value here). */
    private Ty strip(Ty t) {
        while (t instanceof Ty.Ref || fn.types.std().is(t, "Box")) {
            t = t instanceof Ty.Ref r ? r.inner() : ((Ty.Adt) t).args().getFirst();
        }
        return t;
    }

    static boolean isScalar(IrType t) {
        return t instanceof IrType.Int || t instanceof IrType.Float32 || t instanceof IrType.Float64
                || t instanceof IrType.Bool || t instanceof IrType.Char;
    }

    private static boolean isString(IrType t) {
        return t.equals(TypeLowering.RSTR) || t.equals(TypeLowering.RSTRING);
    }

    private static IrExpr asStr(IrExpr v) {
        return v.type().equals(TypeLowering.RSTR) ? v : new IrExpr.VirtualCall(StdCalls.RSTRING, "asStr",
                IrSig.of(TypeLowering.RSTR), false, v, List.of());
    }

    private static IrExpr strEq(IrExpr l, IrExpr r) {
        return new IrExpr.StaticCall(Formatting.SUPPORT, "strEq", IrSig.of(IrType.BOOL, l.type(), r.type()), List.of(l, r));
    }

    private static IrExpr strCmp(IrExpr l, IrExpr r) {
        return new IrExpr.VirtualCall(StdCalls.RSTR, "compareTo", IrSig.of(IrType.I32, TypeLowering.RSTR), false, asStr(l),
                List.of(asStr(r)));
    }

    static IrExpr i32(int v) {
        return new IrExpr.IntConst(IntKind.I32, v);
    }
}
