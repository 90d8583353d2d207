package brisk.lower;

import brisk.base.TextRange;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.types.AdtDef;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/** {@code Default::default()}: std's values for primitives and collections, derived structs field by field. */
final class Defaults {
    private final FnLowering fn;
    private int depth;

    Defaults(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr of(Ty t, TextRange at) {
        t = fn.types.normalize(t);
        IrType ir = fn.types.lower(t, at);
        switch (ir) {
            case IrType.Int i -> {
                return new IrExpr.IntConst(i.kind(), 0);
            }
            case IrType.Float32 _ -> {
                return new IrExpr.F32Const(0f);
            }
            case IrType.Float64 _ -> {
                return new IrExpr.F64Const(0d);
            }
            case IrType.Bool _ -> {
                return new IrExpr.BoolConst(false);
            }
            case IrType.Char _ -> {
                return new IrExpr.CharConst(0);
            }
            case IrType.Unit _ -> {
                return new IrExpr.UnitConst();
            }
            default -> { }
        }
        if (ir.equals(TypeLowering.RSTRING)) {
            return fn.exprs.stable(new IrExpr.StaticCall(StdCalls.RSTRING, "withCapacity",
                    IrSig.of(TypeLowering.RSTRING, IrType.USIZE), List.of(new IrExpr.IntConst(IntKind.USIZE, 0))));
        }
        if (ir.equals(Vecs.RVEC)) {
            return fn.exprs.stable(Vecs.newVec(0));
        }
        if (ir.equals(TypeLowering.RSTR)) {
            return ExprLowering.str("");
        }
        if (t instanceof Ty.Tuple tu && ir instanceof IrType.Tuple) {
            var elements = new ArrayList<IrExpr>();
            for (Ty e : tu.elements()) {
                IrExpr v = of(e, at);
                if (!v.type().isVoid()) {
                    elements.add(fn.exprs.stable(v));
                }
            }
            return new IrExpr.NewTuple(elements);
        }
        if (t instanceof Ty.Adt adt && ir instanceof IrType.Adt irAdt) {
            if (fn.types.std().is(adt, "Option")) {
                return new IrExpr.NewVariant(irAdt.path(), "None", List.of());
            }
            var values = new AdtValues(fn);
            var def = values.def(adt);
            if (values.derives(adt, "Default") && def.kind() == AdtDef.Kind.STRUCT) {
                if (++depth > 16) {
                    throw new Unsupported("`Default` of recursive types", at);
                }
                var fields = new ArrayList<IrExpr>();
                for (Ty ft : AdtValues.fieldTypes(def.variants().getFirst(), adt)) {
                    IrExpr v = of(ft, at);
                    if (!v.type().isVoid()) {
                        fields.add(fn.exprs.stable(v));
                    }
                }
                depth--;
                return fn.exprs.stable(new IrExpr.NewStruct(irAdt.path(), fields));
            }
            var m = TraitImpls.find(fn.ctx, fn.instance.owner().crate(), fn.types.std().get("Default"), adt, List.of());
            var target = m == null ? null : m.impl().methods().get("default");
            if (target != null) {
                var instance = new FnInstance(target, m.args());
                fn.callees.add(instance);
                return fn.exprs.stable(new IrExpr.Call(fn.exprs.fnRef(instance, at), List.of()));
            }
        }
        throw new Unsupported("`Default::default()` of `" + TypeLowering.describe(t) + "`", at);
    }
}
