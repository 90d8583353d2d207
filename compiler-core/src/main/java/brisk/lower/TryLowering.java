package brisk.lower;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.FieldRef;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import brisk.syntax.SyntaxNode;
import brisk.types.AdtDef;
import brisk.types.Ty;
import brisk.types.TypeQueries;
import java.util.List;

/**
 * The {@code ?} operator: {@code Some(v)}/{@code Ok(v)} continue with {@code v}; {@code None} returns
 * {@code None} and {@code Err(e)} returns {@code Err(From::from(e))} from the enclosing fn or closure.
 * The conversion is the identity when the error types agree, else the user's non-generic
 * {@code impl From<E> for F}; anything else is unsupported.
 */
final class TryLowering {
    private final FnLowering fn;

    TryLowering(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr lower(SyntaxNode e) {
        var inner = e.firstChild();
        Ty t = fn.typeOf(inner);
        Ty ret = fn.rustReturnType;
        boolean option = fn.types.std().is(t, "Option");
        boolean result = fn.types.std().is(t, "Result");
        if (!(option || result) || ret == null || !fn.types.std().is(ret, option ? "Option" : "Result")) {
            throw new Unsupported("the `?` operator here", e.textRange());
        }
        Ty.Adt from = (Ty.Adt) t;
        Ty.Adt to = (Ty.Adt) ret;
        IrExpr v = fn.exprs.stable(fn.exprs.value(inner));
        IrType.Adt fromIr = (IrType.Adt) v.type();
        if (!(fn.types.lower(to, e.textRange()) instanceof IrType.Adt toIr)) {
            throw new Unsupported("the `?` operator here", e.textRange());
        }
        AdtDef def = fn.ctx.get(TypeQueries.ADT_DEF, Names.ownerOf(fn.ctx, fn.instance.owner().crate(), from.def()));
        String good = option ? "Some" : "Ok";
        String bad = option ? "None" : "Err";
        int goodIndex = index(def, good);
        IrType payload = fn.types.lower(from.args().getFirst(), e.textRange());
        var cfg = fn.cfg;
        int ok = cfg.newBlock();
        int fail = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, new IrExpr.Tag(v),
                new IrExpr.IntConst(IntKind.I32, goodIndex)), ok, fail));
        cfg.switchTo(fail);
        IrExpr returned;
        if (option) {
            returned = new IrExpr.NewVariant(toIr.path(), "None", List.of());
        } else {
            Ty errFrom = from.args().get(1);
            Ty errTo = to.args().get(1);
            IrType errIr = fn.types.lower(errFrom, e.textRange());
            IrExpr err = errIr.isVoid() ? new IrExpr.UnitConst() : new IrExpr.Read(new Place.Field(v,
                    FieldRef.ofVariant(fromIr.path(), bad, def.variants().get(index(def, bad)).fieldNames().getFirst(), errIr)));
            IrExpr converted = convert(e, err, errFrom, errTo);
            returned = new IrExpr.NewVariant(toIr.path(), "Err", converted.type().isVoid() ? List.of() : List.of(converted));
        }
        cfg.terminate(new IrTerminator.Return(fn.erasedReturn ? Erased.box(returned) : returned));
        cfg.switchTo(ok);
        if (payload.isVoid()) {
            return new IrExpr.UnitConst();
        }
        return fn.exprs.stable(new IrExpr.Read(new Place.Field(v, FieldRef.ofVariant(fromIr.path(), good,
                def.variants().get(goodIndex).fieldNames().getFirst(), payload))));
    }

    private IrExpr convert(SyntaxNode e, IrExpr err, Ty errFrom, Ty errTo) {
        if (errFrom.equals(errTo)) {
            return err;
        }
        var index = fn.ctx.get(TypeQueries.IMPL_INDEX, fn.instance.owner().crate());
        for (var candidate : index.methods("from")) {
            var impl = candidate.impl();
            if (impl.trait() != null && impl.trait().name().equals("From") && impl.generics().size() == 0
                    && impl.selfTy().equals(errTo) && impl.trait().args().size() == 1
                    && impl.trait().args().getFirst().equals(errFrom) && !new Calls(fn).isStd(candidate.method())) {
                var instance = new FnInstance(candidate.method(), List.of());
                var ref = fn.exprs.fnRef(instance, e.textRange());
                fn.callees.add(instance);
                return fn.exprs.stable(new IrExpr.Call(ref, err.type().isVoid() ? List.of() : List.of(err)));
            }
        }
        throw new Unsupported("`?` converting `" + TypeLowering.describe(errFrom) + "` into `"
                + TypeLowering.describe(errTo) + "`", e.textRange());
    }

    private static int index(AdtDef def, String variant) {
        for (int i = 0; i < def.variants().size(); i++) {
            if (def.variants().get(i).name().equals(variant)) {
                return i;
            }
        }
        throw new IllegalStateException("no variant " + variant);
    }
}
