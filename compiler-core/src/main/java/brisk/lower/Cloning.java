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
import java.util.ArrayList;
import java.util.List;
import brisk.types.Ty;

/**
 * {@code Clone::clone} as Rust's impls define it, generated inline: scalars and shared references
 * are themselves, {@code String} and {@code Vec} deep copies (elements cloned), tuples element-wise,
 * Copy types a bitwise copy, {@code #[derive(Clone)]} structs and enums field by field, and a
 * hand-written {@code impl Clone} by calling it.
 */
final class Cloning {
    private final FnLowering fn;

    Cloning(FnLowering fn) {
        this.fn = fn;
    }

    /** A clone of {@code value} (of Rust type {@code type}, a place's value: not consumed). */
    IrExpr clone(IrExpr value, Ty type, TextRange at) {
        type = fn.types.normalize(type);
        IrType t = value.type();
        switch (type) {
            case Ty.Prim _, Ty.Never _ -> {
                return value;
            }
            case Ty.Ref r when !r.mutable() -> {
                return value;
            }
            case Ty.Tuple tu -> {
                if (t.isVoid()) {
                    return value;
                }
                IrExpr v = fn.exprs.stable(value);
                var elements = new ArrayList<IrExpr>();
                int irIndex = 0;
                for (Ty e : tu.elements()) {
                    IrType et = fn.types.lower(e, at);
                    if (et.isVoid()) {
                        continue;
                    }
                    elements.add(fn.exprs.stable(clone(new IrExpr.Read(new Place.TupleField(v, irIndex++)), e, at)));
                }
                return fn.exprs.stable(new IrExpr.NewTuple(elements));
            }
            case Ty.Array a -> {
                if (fn.types.isCopy(type)) {
                    return fn.exprs.stable(new IrExpr.Copy(value));
                }
                throw new Unsupported("`clone` of arrays of non-Copy elements", at);
            }
            case Ty.Adt a when fn.types.std().is(a, "String") -> {
                return fn.exprs.stable(new IrExpr.VirtualCall(StdCalls.RSTRING, "copy", IrSig.of(TypeLowering.RSTRING), false,
                        value, List.of()));
            }
            case Ty.Adt a when fn.types.std().is(a, "Box") -> {
                return clone(value, a.args().getFirst(), at);
            }
            case Ty.Adt a when fn.types.std().is(a, "Vec") -> {
                return vec(value, a.args().getFirst(), at);
            }
            case Ty.Adt a when fn.types.isUserAdt(a) -> {
                return adt(value, a, at);
            }
            default -> throw new Unsupported("`clone` of `" + TypeLowering.describe(type) + "`", at);
        }
    }

    /** {@code vec![x; n]}: n-1 clones of x, then x itself (none when n is 0, as std's {@code from_elem}). */
    IrExpr repeat(List<IrExpr> operands, Ty element, TextRange at) {
        var cfg = fn.cfg;
        IrExpr x = fn.exprs.stable(operands.get(0));
        IrExpr n = fn.exprs.stable(operands.get(1));
        IrExpr out = fn.exprs.stable(new IrExpr.StaticCall(Vecs.RVEC_CLASS, "withCapacity", IrSig.of(Vecs.RVEC,
                IrType.USIZE), List.of(n)));
        int i = cfg.newLocal("$i", IrType.USIZE);
        cfg.assign(cfg.local(i), new IrExpr.IntConst(IntKind.USIZE, 1));
        int head = cfg.newBlock();
        int body = cfg.newBlock();
        int last = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, n, new IrExpr.IntConst(IntKind.USIZE, 0)),
                exit, head));
        cfg.switchTo(head);
        IrExpr iv = new IrExpr.Read(cfg.local(i));
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, n), body, last));
        cfg.switchTo(body);
        cfg.eval(Vecs.push(out, clone(x, element, at)));
        cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, iv, new IrExpr.IntConst(IntKind.USIZE, 1),
                Overflow.WRAPPING, null));
        cfg.gotoBlock(head);
        cfg.switchTo(last);
        cfg.eval(Vecs.push(out, x));
        cfg.gotoBlock(exit);
        cfg.switchTo(exit);
        return out;
    }

    private IrExpr vec(IrExpr value, Ty element, TextRange at) {
        IrType et = fn.types.lower(element, at);
        IrExpr source = fn.exprs.stable(value);
        if (!Vecs.isObject(et) || et.equals(TypeLowering.RSTR) || (fn.types.isCopy(element)
                && !(et instanceof IrType.Adt || et instanceof IrType.Tuple || et instanceof IrType.Array))) {
            return fn.exprs.stable(new IrExpr.VirtualCall(Vecs.RVEC_CLASS, "copy", IrSig.of(Vecs.RVEC), false, source,
                    List.of()));
        }
        var cfg = fn.cfg;
        IrExpr len = fn.exprs.stable(Vecs.len(source));
        IrExpr out = fn.exprs.stable(new IrExpr.StaticCall(Vecs.RVEC_CLASS, "withCapacity", IrSig.of(Vecs.RVEC,
                IrType.USIZE), List.of(len)));
        int i = cfg.newLocal("$i", IrType.USIZE);
        cfg.assign(cfg.local(i), new IrExpr.IntConst(IntKind.USIZE, 0));
        int head = cfg.newBlock();
        int body = cfg.newBlock();
        int exit = cfg.newBlock();
        cfg.gotoBlock(head);
        cfg.switchTo(head);
        IrExpr iv = new IrExpr.Read(cfg.local(i));
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, iv, len), body, exit));
        cfg.switchTo(body);
        IrExpr item = fn.exprs.stable(Vecs.get(source, iv, et, "<unreachable>"));
        cfg.eval(Vecs.push(out, clone(item, element, at)));
        cfg.assign(cfg.local(i), new IrExpr.Arith(ArithOp.ADD, IrType.USIZE, iv, new IrExpr.IntConst(IntKind.USIZE, 1),
                Overflow.WRAPPING, null));
        cfg.gotoBlock(head);
        cfg.switchTo(exit);
        return out;
    }

    private IrExpr adt(IrExpr value, Ty.Adt adt, TextRange at) {
        if (fn.types.isCopy(adt)) {
            return fn.exprs.stable(new IrExpr.Copy(value));
        }
        var values = new AdtValues(fn);
        if (!values.isStdDerived(adt) && !values.derives(adt, "Clone")) {
            var clone = fn.types.std().get("Clone");
            var instance = clone == null ? null : TraitImpls.find(fn.ctx, fn.instance.owner().crate(), clone, adt, List.of());
            if (instance == null || instance.impl().methods().get("clone") == null) {
                throw new Unsupported("`clone` of `" + adt.name() + "`", at);
            }
            var target = new FnInstance(instance.impl().methods().get("clone"), instance.args());
            fn.callees.add(target);
            return fn.exprs.stable(new IrExpr.Call(fn.exprs.fnRef(target, at), List.of(value)));
        }
        var instance = DerivedFns.instance(fn, adt, "Clone");
        fn.callees.add(instance);
        fn.types.lower(adt, at);
        return fn.exprs.stable(new IrExpr.Call(DerivedFns.ref(fn.ctx, instance, IrSig.of(value.type(), value.type())),
                List.of(value)));
    }

    /** The body of {@code adt}'s generated clone fn {@code (&self) -> Self}, field by field; returns its signature. */
    IrSig lowerBody(Ty.Adt adt) {
        TextRange at = TextRange.at(0);
        IrType t = fn.types.lower(adt, at);
        var cfg = fn.cfg;
        int self = cfg.newLocal("self", t);
        int result = cfg.newLocal("$clone", t);
        new AdtValues(fn).perVariant(new IrExpr.Read(cfg.local(self)), adt, at, (index, variant, fields) -> {
            var cloned = new ArrayList<IrExpr>();
            for (var f : fields) {
                if (f.value() != null) {
                    cloned.add(fn.exprs.stable(clone(f.value(), f.type(), at)));
                }
            }
            IrType.Adt irAdt = (IrType.Adt) t;
            cfg.assign(cfg.local(result), variant == null ? new IrExpr.NewStruct(irAdt.path(), cloned)
                    : new IrExpr.NewVariant(irAdt.path(), variant, cloned));
        });
        cfg.terminate(new IrTerminator.Return(new IrExpr.Read(cfg.local(result))));
        return IrSig.of(t, t);
    }
}
