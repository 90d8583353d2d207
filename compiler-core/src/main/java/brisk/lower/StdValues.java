package brisk.lower;

import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxNode;
import java.util.List;
import java.util.function.Supplier;

/**
 * Option, Result and Ordering values made by std methods whose runtime part answers with a test
 * (a sentinel, a null, a flag): the variant is chosen by a branch and the payload is lowered only
 * on its own side, so e.g. an element is never unboxed from an empty Vec.
 */
final class StdValues {
    static final String NULLS = "brisk/runtime/Nulls";

    private final FnLowering fn;

    StdValues(FnLowering fn) {
        this.fn = fn;
    }

    /** The Option typed as {@code e}: {@code Some(payload)} when {@code isSome} holds, else {@code None}. */
    IrExpr option(SyntaxNode e, IrExpr isSome, Supplier<IrExpr> payload) {
        return twoVariants(fn.irTypeOf(e), e, isSome, "Some", payload, "None", null);
    }

    /** {@code Option<payloadTy>}, for std methods whose result type inference leaves as a projection. */
    IrExpr option(SyntaxNode e, brisk.types.Ty payloadTy, IrExpr isSome, Supplier<IrExpr> payload) {
        var def = fn.types.std().get("Option");
        IrType t = fn.types.lower(new brisk.types.Ty.Adt(def, "Option", List.of(payloadTy)), e.textRange());
        return twoVariants(t, e, isSome, "Some", payload, "None", null);
    }

    /** The Result typed as {@code e}: {@code Ok(ok)} when {@code isOk} holds, else {@code Err(err)}. */
    IrExpr result(SyntaxNode e, IrExpr isOk, Supplier<IrExpr> ok, Supplier<IrExpr> err) {
        return twoVariants(fn.irTypeOf(e), e, isOk, "Ok", ok, "Err", err);
    }

    private IrExpr twoVariants(IrType t, SyntaxNode e, IrExpr test, String yes, Supplier<IrExpr> yesPayload, String no,
                               Supplier<IrExpr> noPayload) {
        if (!(t instanceof IrType.Adt adt)) {
            throw new Unsupported("this std method's result type", e.textRange());
        }
        var cfg = fn.cfg;
        int result = cfg.newLocal("$std", t);
        int yesBlock = cfg.newBlock();
        int noBlock = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(test, yesBlock, noBlock));
        cfg.switchTo(noBlock);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(adt.path(), no, payload(noPayload)));
        cfg.gotoBlock(join);
        cfg.switchTo(yesBlock);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(adt.path(), yes, payload(yesPayload)));
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(result));
    }

    private static List<IrExpr> payload(Supplier<IrExpr> supplier) {
        if (supplier == null) {
            return List.of();
        }
        IrExpr v = supplier.get();
        return v.type().isVoid() ? List.of() : List.of(v);
    }

    /** The {@code Ordering} (of IR type {@code t}) of a three-way comparison result (negative, zero, positive). */
    IrExpr ordering(SyntaxNode e, IrType t, IrExpr threeWay) {
        if (!(t instanceof IrType.Adt adt)) {
            throw new Unsupported("this `Ordering`", e.textRange());
        }
        var cfg = fn.cfg;
        IrExpr c = fn.exprs.stable(threeWay);
        IrExpr zero = new IrExpr.IntConst(IntKind.I32, 0);
        int result = cfg.newLocal("$ord", t);
        int less = cfg.newBlock();
        int notLess = cfg.newBlock();
        int equal = cfg.newBlock();
        int greater = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.LT, c, zero), less, notLess));
        cfg.switchTo(less);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(adt.path(), "Less", List.of()));
        cfg.gotoBlock(join);
        cfg.switchTo(notLess);
        cfg.terminate(new IrTerminator.Branch(new IrExpr.Compare(CmpOp.EQ, c, zero), equal, greater));
        cfg.switchTo(equal);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(adt.path(), "Equal", List.of()));
        cfg.gotoBlock(join);
        cfg.switchTo(greater);
        cfg.assign(cfg.local(result), new IrExpr.NewVariant(adt.path(), "Greater", List.of()));
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(result));
    }

    /** Whether a runtime result that stands for {@code None} when null is present. */
    static IrExpr nonNull(IrExpr v) {
        IrType param = v.type().equals(TypeLowering.RSTR) || v.type().equals(TypeLowering.RSTRING) ? v.type() : Vecs.OBJECT;
        return new IrExpr.StaticCall(NULLS, "isSome", IrSig.of(IrType.BOOL, param), List.of(v));
    }
}
