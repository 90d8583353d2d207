package brisk.lower;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code i128} and {@code u128}: values are the runtime's immutable {@code Int128} (IR type
 * {@link TypeLowering#INT128}, one type for both: signedness comes from the Rust type at each
 * operation), and every operator, conversion, constant and format is a runtime call with rustc's
 * debug-build semantics. Not supported for them yet: literal patterns, ranges, Vec elements,
 * and the integer methods other than {@code pow}.
 */
final class WideInts {
    static final String INT128 = "brisk/runtime/Int128";
    private static final IrType T = TypeLowering.INT128;
    private static final String STD_NUM = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/mod.rs:";

    private final FnLowering fn;

    WideInts(FnLowering fn) {
        this.fn = fn;
    }

    static boolean is(IrType t) {
        return t.equals(T);
    }

    /** Whether the 128-bit Rust type {@code t} (through references) is i128. */
    static boolean signed(Ty t) {
        while (t instanceof Ty.Ref r) {
            t = r.inner();
        }
        return t instanceof Ty.Prim p && p.kind() == Ty.PrimKind.I128;
    }

    /** A constant of the given value (its low 128 bits). */
    static IrExpr constant(BigInteger value) {
        return new IrExpr.ConstantCall(INT128, "constant", IrSig.of(T, IrType.JAVA_STRING),
                List.of(new IrExpr.StringConst(value.toString())));
    }

    /** {@code i128::MIN}/{@code MAX} and the u128 ones. */
    static IrExpr limit(boolean signed, boolean max) {
        BigInteger one = BigInteger.ONE;
        BigInteger v = signed ? (max ? one.shiftLeft(127).subtract(one) : one.shiftLeft(127).negate())
                : (max ? one.shiftLeft(128).subtract(one) : BigInteger.ZERO);
        return constant(v);
    }

    IrExpr arith(SyntaxNode e, ArithOp op, IrExpr l, IrExpr r) {
        boolean signed = signed(fn.typeOf(e.children().getFirst()));
        var loc = new IrExpr.StringConst(fn.location(e.textRange().start()));
        if (op.isShift()) {
            IrExpr amount = is(r.type()) ? call("low", IrSig.of(IrType.I64, T), r)
                    : r.type() instanceof IrType.Int ? new IrExpr.Cast(r, IrType.I64) : null;
            if (amount == null) {
                throw new Unsupported("this shift", e.textRange());
            }
            return op == ArithOp.SHL
                    ? call("shl", IrSig.of(T, T, IrType.I64, IrType.JAVA_STRING), l, amount, loc)
                    : call("shr", IrSig.of(T, T, IrType.I64, IrType.BOOL, IrType.JAVA_STRING), l, amount,
                            new IrExpr.BoolConst(signed), loc);
        }
        if (!is(r.type())) {
            throw new Unsupported("operator overloading", e.textRange());
        }
        return switch (op) {
            case AND -> call("and", IrSig.of(T, T, T), l, r);
            case OR -> call("or", IrSig.of(T, T, T), l, r);
            case XOR -> call("xor", IrSig.of(T, T, T), l, r);
            default -> {
                String name = switch (op) {
                    case ADD -> "add";
                    case SUB -> "sub";
                    case MUL -> "mul";
                    case DIV -> "div";
                    default -> "rem";
                };
                yield call(name, IrSig.of(T, T, T, IrType.BOOL, IrType.JAVA_STRING), l, r, new IrExpr.BoolConst(signed), loc);
            }
        };
    }

    IrExpr negate(SyntaxNode e, IrExpr v) {
        return call("neg", IrSig.of(T, T, IrType.JAVA_STRING), v, new IrExpr.StringConst(fn.location(e.textRange().start())));
    }

    static IrExpr not(IrExpr v) {
        return call("not", IrSig.of(T, T), v);
    }

    static IrExpr compare(CmpOp op, IrExpr l, IrExpr r, boolean signed) {
        return new IrExpr.Compare(op, call("compare", IrSig.of(IrType.I32, T, T, IrType.BOOL), l, r, new IrExpr.BoolConst(signed)),
                new IrExpr.IntConst(IntKind.I32, 0));
    }

    /** {@code v as target} where either side is 128-bit. */
    IrExpr cast(SyntaxNode e, IrExpr v, IrType target) {
        Ty fromTy = fn.typeOf(e.firstChild());
        Ty toTy = fn.typeOf(e);
        IrType from = v.type();
        if (is(from) && is(target)) {
            return v;
        }
        if (is(target)) {
            boolean signed = signed(toTy);
            return switch (from) {
                case IrType.Int i -> call(i.kind().signed() ? "fromSigned" : "fromUnsigned", IrSig.of(T, IrType.I64),
                        new IrExpr.Cast(v, IrType.I64));
                case IrType.Char _, IrType.Bool _ -> call("fromUnsigned", IrSig.of(T, IrType.I64), new IrExpr.Cast(v, IrType.I64));
                case IrType.Float64 _ -> call("fromDouble", IrSig.of(T, IrType.F64, IrType.BOOL), v, new IrExpr.BoolConst(signed));
                case IrType.Float32 _ -> call("fromDouble", IrSig.of(T, IrType.F64, IrType.BOOL), new IrExpr.Cast(v, IrType.F64),
                        new IrExpr.BoolConst(signed));
                default -> throw new Unsupported("this cast", e.textRange());
            };
        }
        boolean signed = signed(fromTy);
        return switch (target) {
            case IrType.Int _ -> new IrExpr.Cast(call("low", IrSig.of(IrType.I64, T), v), target);
            case IrType.Float64 _ -> call("toDouble", IrSig.of(IrType.F64, T, IrType.BOOL), v, new IrExpr.BoolConst(signed));
            case IrType.Float32 _ -> call("toFloat", IrSig.of(IrType.F32, T, IrType.BOOL), v, new IrExpr.BoolConst(signed));
            default -> throw new Unsupported("this cast", e.textRange());
        };
    }

    /** {@code x.pow(exp)}, overflowing at core's {@code int_impl!}/{@code uint_impl!} line like the other widths. */
    IrExpr pow(IrExpr base, IrExpr exp, boolean signed) {
        String loc = STD_NUM + (signed ? 442 : 1305) + ":5";
        return fn.exprs.stable(call("pow", IrSig.of(T, T, IrType.I32, IrType.BOOL, IrType.JAVA_STRING), base,
                new IrExpr.Cast(exp, IrType.I32), new IrExpr.BoolConst(signed), new IrExpr.StringConst(loc)));
    }

    /** The Formatter call printing {@code v} for the placeholder kind ({@code ' '} Display, {@code ?}, x, X, o, b). */
    static IrExpr format(char kind, IrExpr f, IrExpr v, boolean signed, SyntaxNode at) {
        IrType formatter = Formatting.FORMATTER;
        return switch (kind) {
            case ' ' -> call("display", IrSig.of(IrType.UNIT, formatter, T, IrType.BOOL), f, v, new IrExpr.BoolConst(signed));
            case '?' -> call("debug", IrSig.of(IrType.UNIT, formatter, T, IrType.BOOL), f, v, new IrExpr.BoolConst(signed));
            case 'x' -> call("lowerHex", IrSig.of(IrType.UNIT, formatter, T), f, v);
            case 'X' -> call("upperHex", IrSig.of(IrType.UNIT, formatter, T), f, v);
            case 'o' -> call("octal", IrSig.of(IrType.UNIT, formatter, T), f, v);
            case 'b' -> call("binary", IrSig.of(IrType.UNIT, formatter, T), f, v);
            default -> throw new Unsupported("this format spec for 128-bit integers", at.textRange());
        };
    }

    private static IrExpr call(String name, IrSig sig, IrExpr... args) {
        return new IrExpr.StaticCall(INT128, name, sig, List.of(args));
    }
}
