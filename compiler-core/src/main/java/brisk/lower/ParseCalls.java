package brisk.lower;

import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.List;

/**
 * {@code str::parse::<T>()} for integers and floats: the runtime's {@code Parse}
 * answers with a result record whose error is std's {@code ParseIntError}/{@code ParseFloatError}
 * (same kinds, Display and Debug text), turned here into the {@code Result<T, E>}.
 */
final class ParseCalls {
    private static final String PARSE = "brisk/runtime/Parse";
    private static final IrType INT_RESULT = new IrType.Obj("brisk/runtime/Parse$IntResult");
    private static final IrType FLOAT_RESULT = new IrType.Obj("brisk/runtime/Parse$FloatResult");

    private final FnLowering fn;

    ParseCalls(FnLowering fn) {
        this.fn = fn;
    }

    /** {@code T::from_str_radix(s, radix)} for integers of at most 64 bits. */
    IrExpr fromStrRadix(SyntaxNode e, IrExpr s, IrExpr radix) {
        if (!(fn.typeOf(e) instanceof Ty.Adt result) || result.args().size() != 2
                || !(result.args().getFirst() instanceof Ty.Prim p)
                || !(TypeLowering.prim(p.kind(), e.textRange()) instanceof IrType.Int i)) {
            throw new Unsupported("this `from_str_radix`", e.textRange());
        }
        IntKind k = i.kind();
        IrExpr str = fn.exprs.stable(new StrCalls(fn).str(s, e));
        IrExpr r32 = fn.exprs.stable(radix.type().equals(IrType.I32) ? radix : new IrExpr.Cast(radix, IrType.I32));
        fn.cfg.eval(new IrExpr.StaticCall(PARSE, "checkRadix", IrSig.of(IrType.UNIT, IrType.I32, IrType.BOOL),
                List.of(r32, new IrExpr.BoolConst(k.signed()))));
        IrExpr outcome = fn.exprs.stable(new IrExpr.StaticCall(PARSE, "parseInt", IrSig.of(INT_RESULT, StrCalls.RSTR, IrType.I32,
                IrType.I32, IrType.BOOL), List.of(str, r32, new IrExpr.IntConst(IntKind.I32, k.bits()),
                new IrExpr.BoolConst(k.signed()))));
        return intResult(e, outcome, i);
    }

    private IrExpr intResult(SyntaxNode e, IrExpr r, IrType t) {
        String owner = "brisk/runtime/Parse$IntResult";
        return new StdValues(fn).result(e, new IrExpr.VirtualCall(owner, "ok", IrSig.of(IrType.BOOL), false, r, List.of()),
                () -> new IrExpr.Cast(new IrExpr.VirtualCall(owner, "value", IrSig.of(IrType.I64), false, r, List.of()), t),
                () -> new IrExpr.VirtualCall(owner, "error", IrSig.of(TypeLowering.PARSE_INT_ERROR), false, r, List.of()));
    }

    /** {@code parse::<bool>()} / {@code parse::<char>()}: the runtime answers an int, negative for the error kinds. */
    private IrExpr boolOrChar(SyntaxNode e, IrExpr s, IrType t) {
        boolean isBool = t instanceof IrType.Bool;
        IrExpr r = fn.exprs.stable(new IrExpr.StaticCall(PARSE, isBool ? "parseBool" : "parseChar",
                IrSig.of(IrType.I32, StrCalls.RSTR), List.of(s)));
        IrType error = TypeLowering.stdErrorType(isBool ? "ParseBoolError" : "ParseCharError");
        return new StdValues(fn).result(e, new IrExpr.Compare(brisk.lower.ir.CmpOp.GE, r, new IrExpr.IntConst(IntKind.I32, 0)),
                () -> isBool ? new IrExpr.Compare(brisk.lower.ir.CmpOp.EQ, r, new IrExpr.IntConst(IntKind.I32, 1))
                        : StrCalls.intAsChar(r),
                () -> isBool ? new IrExpr.StaticCall(PARSE, "boolError", IrSig.of(error), List.of())
                        : new IrExpr.StaticCall(PARSE, "charError", IrSig.of(error, IrType.I32), List.of(r)));
    }

    IrExpr parse(SyntaxNode e, IrExpr s) {
        if (!(fn.typeOf(e) instanceof Ty.Adt result) || result.args().size() != 2) {
            throw new Unsupported("this `parse`", e.textRange());
        }
        Ty target = result.args().getFirst();
        if (!(target instanceof Ty.Prim p)) {
            throw new Unsupported("`parse` to `" + TypeLowering.describe(target) + "`", e.textRange());
        }
        IrType t = TypeLowering.prim(p.kind(), e.textRange());
        if (WideInts.is(t)) {
            IrType wideResult = new IrType.Obj(WideInts.INT128 + "$ParseResult");
            String owner = WideInts.INT128 + "$ParseResult";
            IrExpr r = fn.exprs.stable(new IrExpr.StaticCall(WideInts.INT128, "parse", IrSig.of(wideResult, StrCalls.RSTR,
                    IrType.BOOL), List.of(s, new IrExpr.BoolConst(p.kind() == Ty.PrimKind.I128))));
            return new StdValues(fn).result(e, new IrExpr.VirtualCall(owner, "ok", IrSig.of(IrType.BOOL), false, r, List.of()),
                    () -> new IrExpr.VirtualCall(owner, "value", IrSig.of(t), false, r, List.of()),
                    () -> new IrExpr.VirtualCall(owner, "error", IrSig.of(TypeLowering.PARSE_INT_ERROR), false, r, List.of()));
        }
        boolean isInt = t instanceof IrType.Int;
        boolean isFloat = t instanceof IrType.Float64 || t instanceof IrType.Float32;
        if (t instanceof IrType.Bool || t instanceof IrType.Char) {
            return boolOrChar(e, s, t);
        }
        if (!isInt && !isFloat) {
            throw new Unsupported("`parse` to `" + p.kind().rustName() + "`", e.textRange());
        }
        IrExpr outcome;
        if (t instanceof IrType.Int i) {
            IntKind k = i.kind();
            outcome = new IrExpr.StaticCall(PARSE, "parseInt", IrSig.of(INT_RESULT, StrCalls.RSTR, IrType.I32, IrType.BOOL),
                    List.of(s, new IrExpr.IntConst(IntKind.I32, k.bits()), new IrExpr.BoolConst(k.signed())));
        } else {
            outcome = new IrExpr.StaticCall(PARSE, t instanceof IrType.Float64 ? "parseF64" : "parseF32",
                    IrSig.of(FLOAT_RESULT, StrCalls.RSTR), List.of(s));
        }
        IrExpr r = fn.exprs.stable(outcome);
        String owner = isInt ? "brisk/runtime/Parse$IntResult" : "brisk/runtime/Parse$FloatResult";
        IrType error = isInt ? TypeLowering.PARSE_INT_ERROR : TypeLowering.PARSE_FLOAT_ERROR;
        IrExpr ok = new IrExpr.VirtualCall(owner, "ok", IrSig.of(IrType.BOOL), false, r, List.of());
        return new StdValues(fn).result(e, ok,
                () -> new IrExpr.Cast(new IrExpr.VirtualCall(owner, "value", IrSig.of(isInt ? IrType.I64 : IrType.F64), false,
                        r, List.of()), t),
                () -> new IrExpr.VirtualCall(owner, "error", IrSig.of(error), false, r, List.of()));
    }
}
