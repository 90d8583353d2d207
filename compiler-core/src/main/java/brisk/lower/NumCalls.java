package brisk.lower;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.syntax.SyntaxNode;
import brisk.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Methods of the integer and float primitives (and {@code Ord}/{@code PartialOrd} methods of
 * every scalar): checked, saturating and overflowing arithmetic, Euclidean division, bit counts,
 * min/max/clamp, three-way comparison, and f32/f64 math. Overflow tests and panicking helpers
 * are the runtime's {@code IntOps}; float functions whose Rust result differs from Java's are
 * {@code Floats}, the rest are {@code java.lang.Math}. Integers of at most 32 bits are passed to
 * the runtime in an int with their width and signedness, 64-bit ones in a long.
 */
final class NumCalls {
    private static final String INT_OPS = "brisk/runtime/IntOps";
    private static final String FLOATS = "brisk/runtime/Floats";
    private static final String MATH = "java/lang/Math";

    private final FnLowering fn;

    NumCalls(FnLowering fn) {
        this.fn = fn;
    }

    /** The call, or null when {@code name} is not one of the methods lowered here. */
    IrExpr method(SyntaxNode e, String name, Ty.PrimKind kind, SyntaxNode receiver, List<SyntaxNode> args) {
        boolean wide = kind == Ty.PrimKind.I128 || kind == Ty.PrimKind.U128;
        if (wide && name.equals("pow")) {
            var values = fn.exprs.operands(List.of(receiver, args.getFirst()));
            return new WideInts(fn).pow(fn.exprs.stable(values.get(0)), values.get(1), kind == Ty.PrimKind.I128);
        }
        // Integer abs/pow/wrapping_* are StdCalls' (checked at core's location); nothing is lowered twice.
        if (!known(name) || kind.isInteger() && name.equals("abs")) {
            return null;
        }
        var nodes = new ArrayList<SyntaxNode>();
        nodes.add(receiver);
        nodes.addAll(args);
        var values = fn.exprs.operands(nodes);
        for (int i = 0; i < values.size(); i++) {
            values.set(i, fn.exprs.stable(values.get(i)));
        }
        IrExpr a = values.getFirst();
        IrType t = a.type();
        IrExpr compared = comparison(e, name, values);
        if (compared != null) {
            return compared;
        }
        IrExpr result = null;
        if (t instanceof IrType.Int it) {
            result = intMethod(e, name, it.kind(), values);
        } else if (t instanceof IrType.Float64 || t instanceof IrType.Float32) {
            result = floatMethod(e, name, t instanceof IrType.Float64, values);
        }
        if (result == null) {
            // The operands are lowered already: never hand the call back to be lowered again.
            throw new Unsupported("the std method `" + name + "` on `" + kind.rustName() + "`", e.textRange());
        }
        return result;
    }

    private static boolean known(String name) {
        return switch (name) {
            case "checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem", "saturating_add",
                 "saturating_sub", "saturating_mul", "overflowing_add", "overflowing_sub", "overflowing_mul",
                 "rem_euclid", "div_euclid", "count_ones", "count_zeros", "leading_zeros", "trailing_zeros", "abs_diff",
                 "signum", "is_positive", "is_negative", "is_power_of_two", "min", "max", "clamp", "cmp", "partial_cmp",
                 "eq", "ne", "lt", "le", "gt", "ge", "sqrt", "abs", "floor", "ceil", "round", "trunc", "fract", "sin",
                 "cos", "tan", "asin", "acos", "atan", "exp", "exp2", "ln", "log10", "log2", "cbrt", "sinh", "cosh",
                 "tanh", "powi", "powf", "hypot", "atan2", "log", "is_nan", "is_finite", "is_infinite", "to_degrees",
                 "to_radians", "recip", "to_bits", "mul_add", "is_sign_negative", "is_sign_positive", "wrapping_div",
                 "wrapping_rem", "wrapping_neg", "wrapping_shl", "wrapping_shr", "wrapping_pow", "checked_neg",
                 "checked_shl", "checked_shr", "checked_pow", "saturating_pow", "rotate_left", "rotate_right",
                 "swap_bytes", "reverse_bits", "to_be_bytes", "to_le_bytes", "to_ne_bytes", "wrapping_abs", "checked_abs",
                 "unsigned_abs", "overflowing_neg", "next_power_of_two", "checked_next_power_of_two" -> true;
            default -> false;
        };
    }

    // ----- Ord / PartialOrd / PartialEq on scalars

    private IrExpr comparison(SyntaxNode e, String name, List<IrExpr> v) {
        IrExpr a = v.getFirst();
        IrType t = a.type();
        boolean scalar = t instanceof IrType.Int || t instanceof IrType.Char || t instanceof IrType.Bool
                || t instanceof IrType.Float32 || t instanceof IrType.Float64;
        if (!scalar || v.size() < 2 || !v.get(1).type().equals(t)) {
            return null;
        }
        IrExpr b = v.get(1);
        CmpOp op = switch (name) {
            case "eq" -> CmpOp.EQ;
            case "ne" -> CmpOp.NE;
            case "lt" -> CmpOp.LT;
            case "le" -> CmpOp.LE;
            case "gt" -> CmpOp.GT;
            case "ge" -> CmpOp.GE;
            default -> null;
        };
        if (op != null) {
            return fn.exprs.stable(new IrExpr.Compare(op, a, b));
        }
        boolean isFloat = t instanceof IrType.Float32 || t instanceof IrType.Float64;
        switch (name) {
            case "cmp" -> {
                return isFloat ? null : new StdValues(fn).ordering(e, fn.irTypeOf(e), threeWay(a, b));
            }
            case "partial_cmp" -> {
                IrType optionType = fn.irTypeOf(e);
                if (!(fn.typeOf(e) instanceof brisk.types.Ty.Adt option)) {
                    return null;
                }
                IrType ordering = fn.types.lower(option.args().getFirst(), e.textRange());
                IrExpr c = fn.exprs.stable(isFloat
                        ? new IrExpr.StaticCall(FLOATS, "partialCmp", IrSig.of(IrType.I32, IrType.F64, IrType.F64),
                                List.of(widenFloat(a), widenFloat(b)))
                        : threeWay(a, b));
                return new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.NE, c, new IrExpr.IntConst(IntKind.I32, 2)),
                        () -> new StdValues(fn).ordering(e, ordering, c));
            }
            case "min", "max" -> {
                if (isFloat) {
                    return null;
                }
                // Ord::max returns the second argument when equal, min the first; for scalars the same value.
                return select(new IrExpr.Compare(name.equals("max") ? CmpOp.GT : CmpOp.LE, a, b), a, b);
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code std::cmp::max(a, b)} / {@code min} of two scalars with {@code Ord}, or null. */
    IrExpr minMax(String name, IrExpr a, IrExpr b) {
        IrType t = a.type();
        boolean ord = t instanceof IrType.Int || t instanceof IrType.Char || t instanceof IrType.Bool;
        if (!ord || !b.type().equals(t)) {
            return null;
        }
        IrExpr x = fn.exprs.stable(a);
        IrExpr y = fn.exprs.stable(b);
        return select(new IrExpr.Compare(name.equals("max") ? CmpOp.GT : CmpOp.LE, x, y), x, y);
    }

    private static IrExpr widenFloat(IrExpr v) {
        return v.type() instanceof IrType.Float64 ? v : new IrExpr.Cast(v, IrType.F64);
    }

    /** A negative, zero or positive int comparing two scalars of one type as Rust's Ord does. */
    private static IrExpr threeWay(IrExpr a, IrExpr b) {
        return switch (a.type()) {
            case IrType.Int i when i.kind().isLong() -> new IrExpr.StaticCall("java/lang/Long",
                    i.kind().signed() ? "compare" : "compareUnsigned", IrSig.of(IrType.I32, IrType.I64, IrType.I64),
                    List.of(new IrExpr.Cast(a, IrType.I64), new IrExpr.Cast(b, IrType.I64)));
            case IrType.Int _ -> new IrExpr.StaticCall("java/lang/Long", "compare", IrSig.of(IrType.I32, IrType.I64, IrType.I64),
                    List.of(new IrExpr.Cast(a, IrType.I64), new IrExpr.Cast(b, IrType.I64)));
            case IrType.Char _ -> new IrExpr.StaticCall("java/lang/Integer", "compare", IrSig.of(IrType.I32, IrType.I32, IrType.I32),
                    List.of(new IrExpr.Cast(a, IrType.I32), new IrExpr.Cast(b, IrType.I32)));
            case IrType.Bool _ -> new IrExpr.StaticCall("java/lang/Boolean", "compare", IrSig.of(IrType.I32, IrType.BOOL, IrType.BOOL),
                    List.of(a, b));
            default -> throw new IllegalStateException("no three-way comparison of " + a.type());
        };
    }

    /** {@code if cond { a } else { b }} for stable operands. */
    private IrExpr select(IrExpr cond, IrExpr a, IrExpr b) {
        var cfg = fn.cfg;
        int result = cfg.newLocal("$sel", a.type());
        int yes = cfg.newBlock();
        int no = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new IrTerminator.Branch(cond, yes, no));
        cfg.switchTo(yes);
        cfg.assign(cfg.local(result), a);
        cfg.gotoBlock(join);
        cfg.switchTo(no);
        cfg.assign(cfg.local(result), b);
        cfg.gotoBlock(join);
        cfg.switchTo(join);
        return new IrExpr.Read(cfg.local(result));
    }

    // ----- integers

    private IrExpr intMethod(SyntaxNode e, String name, IntKind k, List<IrExpr> v) {
        IrExpr a = v.getFirst();
        IrType t = a.type();
        boolean wide = k.isLong();
        String loc = new StrCalls(fn).methodLocation(e);
        switch (name) {
            case "checked_add", "checked_sub", "checked_mul" -> {
                String op = name.substring("checked_".length());
                IrExpr overflows = overflowTest(op, k, a, v.get(1));
                return new StdValues(fn).option(e, new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, overflows, Overflow.CHECKED, null),
                        () -> wrapping(op, t, a, v.get(1)));
            }
            case "checked_div", "checked_rem" -> {
                IrExpr fails = wide
                        ? new IrExpr.StaticCall(INT_OPS, "divFails64", IrSig.of(IrType.BOOL, IrType.I64, IrType.I64, IrType.BOOL),
                                List.of(toLong(a), toLong(v.get(1)), signed(k)))
                        : new IrExpr.StaticCall(INT_OPS, "divFails", IrSig.of(IrType.BOOL, IrType.I32, IrType.I32, IrType.I32,
                                IrType.BOOL), List.of(toInt(a), toInt(v.get(1)), bits(k), signed(k)));
                ArithOp op = name.equals("checked_div") ? ArithOp.DIV : ArithOp.REM;
                return new StdValues(fn).option(e, new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, fails, Overflow.CHECKED, null),
                        () -> new IrExpr.Arith(op, t, a, v.get(1), Overflow.CHECKED, loc));
            }
            case "overflowing_add", "overflowing_sub", "overflowing_mul" -> {
                String op = name.substring("overflowing_".length());
                IrExpr result = fn.exprs.stable(wrapping(op, t, a, v.get(1)));
                IrExpr overflowed = fn.exprs.stable(overflowTest(op, k, a, v.get(1)));
                return fn.exprs.stable(new IrExpr.NewTuple(List.of(result, overflowed)));
            }
            case "saturating_add", "saturating_sub", "saturating_mul" -> {
                String op = "saturating" + Character.toUpperCase(name.charAt(11)) + name.substring(12);
                return fn.exprs.stable(wide
                        ? fromLong(new IrExpr.StaticCall(INT_OPS, op + "64", IrSig.of(IrType.I64, IrType.I64, IrType.I64,
                                IrType.BOOL), List.of(toLong(a), toLong(v.get(1)), signed(k))), t)
                        : fromInt(new IrExpr.StaticCall(INT_OPS, op, IrSig.of(IrType.I32, IrType.I32, IrType.I32, IrType.I32,
                                IrType.BOOL), List.of(toInt(a), toInt(v.get(1)), bits(k), signed(k))), t));
            }
            case "rem_euclid", "div_euclid" -> {
                String op = name.equals("rem_euclid") ? "remEuclid" : "divEuclid";
                var at = new IrExpr.StringConst(loc);
                return fn.exprs.stable(wide
                        ? fromLong(new IrExpr.StaticCall(INT_OPS, op + "64", IrSig.of(IrType.I64, IrType.I64, IrType.I64,
                                IrType.BOOL, IrType.JAVA_STRING), List.of(toLong(a), toLong(v.get(1)), signed(k), at)), t)
                        : fromInt(new IrExpr.StaticCall(INT_OPS, op, IrSig.of(IrType.I32, IrType.I32, IrType.I32, IrType.I32,
                                IrType.BOOL, IrType.JAVA_STRING), List.of(toInt(a), toInt(v.get(1)), bits(k), signed(k), at)), t));
            }
            case "count_ones", "count_zeros", "leading_zeros", "trailing_zeros" -> {
                String op = switch (name) {
                    case "count_ones" -> "countOnes";
                    case "count_zeros" -> "countZeros";
                    case "leading_zeros" -> "leadingZeros";
                    default -> "trailingZeros";
                };
                IrExpr r = wide
                        ? new IrExpr.StaticCall(INT_OPS, op + "64", IrSig.of(IrType.I32, IrType.I64), List.of(toLong(a)))
                        : new IrExpr.StaticCall(INT_OPS, op, IrSig.of(IrType.I32, IrType.I32, IrType.I32),
                                List.of(toInt(a), bits(k)));
                return fn.exprs.stable(new IrExpr.Cast(r, IrType.U32));
            }
            case "is_power_of_two" -> {
                IrExpr ones = wide
                        ? new IrExpr.StaticCall(INT_OPS, "countOnes64", IrSig.of(IrType.I32, IrType.I64), List.of(toLong(a)))
                        : new IrExpr.StaticCall(INT_OPS, "countOnes", IrSig.of(IrType.I32, IrType.I32, IrType.I32),
                                List.of(toInt(a), bits(k)));
                return fn.exprs.stable(new IrExpr.Compare(CmpOp.EQ, ones, new IrExpr.IntConst(IntKind.I32, 1)));
            }
            case "abs_diff" -> {
                IrType result = fn.irTypeOf(e);
                return fn.exprs.stable(wide
                        ? fromLong(new IrExpr.StaticCall(INT_OPS, "absDiff64", IrSig.of(IrType.I64, IrType.I64, IrType.I64,
                                IrType.BOOL), List.of(toLong(a), toLong(v.get(1)), signed(k))), result)
                        : fromInt(new IrExpr.StaticCall(INT_OPS, "absDiff", IrSig.of(IrType.I32, IrType.I32, IrType.I32,
                                IrType.I32, IrType.BOOL), List.of(toInt(a), toInt(v.get(1)), bits(k), signed(k))), result));
            }
            case "signum" -> {
                IrExpr s = wide
                        ? new IrExpr.StaticCall("java/lang/Long", "signum", IrSig.of(IrType.I32, IrType.I64), List.of(toLong(a)))
                        : new IrExpr.StaticCall("java/lang/Integer", "signum", IrSig.of(IrType.I32, IrType.I32), List.of(toInt(a)));
                return fn.exprs.stable(new IrExpr.Cast(s, t));
            }
            case "is_positive", "is_negative" -> {
                return fn.exprs.stable(new IrExpr.Compare(name.equals("is_positive") ? CmpOp.GT : CmpOp.LT, a,
                        new IrExpr.IntConst(k, 0)));
            }
            case "wrapping_div", "wrapping_rem" -> {
                boolean rem = name.equals("wrapping_rem");
                // Signed types panic inside core (at the type's int_impl! line), unsigned ones at the call.
                var at = new IrExpr.StringConst(k.signed() ? StdCalls.coreNumLocation(k) : loc);
                IrExpr r = wide
                        ? fromLong(new IrExpr.StaticCall(INT_OPS, "wrappingDiv64", IrSig.of(IrType.I64, IrType.I64, IrType.I64,
                                IrType.BOOL, IrType.BOOL, IrType.JAVA_STRING), List.of(toLong(a), toLong(v.get(1)), signed(k),
                                new IrExpr.BoolConst(rem), at)), t)
                        : fromInt(new IrExpr.StaticCall(INT_OPS, k.signed() || k.bits() < 32 ? "wrappingDiv" : "wrappingDivU32",
                                IrSig.of(IrType.I32, IrType.I32, IrType.I32, IrType.BOOL, IrType.JAVA_STRING),
                                List.of(toInt(a), toInt(v.get(1)), new IrExpr.BoolConst(rem), at)), t);
                return fn.exprs.stable(r);
            }
            case "wrapping_abs", "unsigned_abs" -> {
                IrExpr negated = new IrExpr.Arith(ArithOp.SUB, t, new IrExpr.IntConst(k, 0), a, Overflow.WRAPPING, null);
                IrExpr abs = fn.exprs.stable(select(new IrExpr.Compare(CmpOp.LT, a, new IrExpr.IntConst(k, 0)),
                        fn.exprs.stable(negated), a));
                // unsigned_abs: the same bits read as the unsigned type of that width (i32::MIN -> 2147483648).
                return name.equals("wrapping_abs") ? abs : fn.exprs.stable(new IrExpr.Cast(abs, fn.irTypeOf(e)));
            }
            case "checked_abs" -> {
                IrExpr min = new IrExpr.IntConst(k, k.isLong() ? Long.MIN_VALUE : k.normalize(1L << (k.bits() - 1)));
                return new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.NE, a, min),
                        () -> fn.exprs.stable(select(new IrExpr.Compare(CmpOp.LT, a, new IrExpr.IntConst(k, 0)),
                                fn.exprs.stable(new IrExpr.Arith(ArithOp.SUB, t, new IrExpr.IntConst(k, 0), a, Overflow.WRAPPING,
                                        null)), a)));
            }
            case "overflowing_neg" -> {
                IrExpr result = fn.exprs.stable(new IrExpr.Arith(ArithOp.SUB, t, new IrExpr.IntConst(k, 0), a, Overflow.WRAPPING,
                        null));
                IrExpr overflowed = k.signed()
                        ? new IrExpr.Compare(CmpOp.EQ, a, new IrExpr.IntConst(k, k.isLong() ? Long.MIN_VALUE
                                : k.normalize(1L << (k.bits() - 1))))
                        : new IrExpr.Compare(CmpOp.NE, a, new IrExpr.IntConst(k, 0));
                return fn.exprs.stable(new IrExpr.NewTuple(List.of(result, fn.exprs.stable(overflowed))));
            }
            case "next_power_of_two", "checked_next_power_of_two" -> {
                IrExpr w = fn.exprs.stable(new IrExpr.Cast(a, IrType.I64));
                if (name.equals("next_power_of_two")) {
                    // The overflow is core's `+ 1` inside uint_impl!, reported at that line.
                    return fn.exprs.stable(fromLong(new IrExpr.StaticCall(INT_OPS, "nextPowerOfTwo", IrSig.of(IrType.I64, IrType.I64,
                            IrType.I32, IrType.JAVA_STRING), List.of(w, bits(k), new IrExpr.StringConst(StdCalls.coreNumLocation(k)))), t));
                }
                IrExpr overflows = new IrExpr.StaticCall(INT_OPS, "nextPowerOfTwoOverflows", IrSig.of(IrType.BOOL, IrType.I64,
                        IrType.I32), List.of(w, bits(k)));
                return new StdValues(fn).option(e, new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, overflows, Overflow.CHECKED, null),
                        () -> fromLong(new IrExpr.StaticCall(INT_OPS, "nextPowerOfTwo", IrSig.of(IrType.I64, IrType.I64, IrType.I32,
                                IrType.JAVA_STRING), List.of(w, bits(k), new IrExpr.StringConst("<unreachable>"))), t));
            }
            case "wrapping_neg" -> {
                return fn.exprs.stable(new IrExpr.Arith(ArithOp.SUB, t, new IrExpr.IntConst(k, 0), a, Overflow.WRAPPING, null));
            }
            case "checked_neg" -> {
                IrExpr ok = k.signed()
                        ? new IrExpr.Compare(CmpOp.NE, a, new IrExpr.IntConst(k, k.isLong() ? Long.MIN_VALUE : k.normalize(1L << (k.bits() - 1))))
                        : new IrExpr.Compare(CmpOp.EQ, a, new IrExpr.IntConst(k, 0));
                return new StdValues(fn).option(e, ok,
                        () -> new IrExpr.Arith(ArithOp.SUB, t, new IrExpr.IntConst(k, 0), a, Overflow.WRAPPING, null));
            }
            case "wrapping_shl", "wrapping_shr" -> {
                IrExpr amount = new IrExpr.Arith(ArithOp.AND, v.get(1).type(), v.get(1),
                        new IrExpr.IntConst(((IrType.Int) v.get(1).type()).kind(), k.bits() - 1), Overflow.WRAPPING, null);
                return fn.exprs.stable(new IrExpr.Arith(name.equals("wrapping_shl") ? ArithOp.SHL : ArithOp.SHR, t, a, amount,
                        Overflow.WRAPPING, null));
            }
            case "checked_shl", "checked_shr" -> {
                IrExpr n = v.get(1);
                return new StdValues(fn).option(e, new IrExpr.Compare(CmpOp.LT, n,
                                new IrExpr.IntConst(((IrType.Int) n.type()).kind(), k.bits())),
                        () -> new IrExpr.Arith(name.equals("checked_shl") ? ArithOp.SHL : ArithOp.SHR, t, a, n, Overflow.WRAPPING,
                                null));
            }
            case "wrapping_pow", "checked_pow", "saturating_pow" -> {
                IrExpr exp = toInt(v.get(1));
                IrExpr wrapped = new IrExpr.Cast(new IrExpr.StaticCall(INT_OPS, "wrappingPow", IrSig.of(IrType.I64, IrType.I64,
                        IrType.I32), List.of(new IrExpr.Cast(a, IrType.I64), exp)), t);
                if (name.equals("wrapping_pow")) {
                    return fn.exprs.stable(wrapped);
                }
                IrExpr overflows = fn.exprs.stable(new IrExpr.StaticCall(INT_OPS, "powOverflows", IrSig.of(IrType.BOOL, IrType.I64,
                        IrType.I32, IrType.I32, IrType.BOOL), List.of(new IrExpr.Cast(a, IrType.I64), exp, bits(k), signed(k))));
                if (name.equals("checked_pow")) {
                    return new StdValues(fn).option(e, new IrExpr.Unary(brisk.lower.ir.UnOp.NOT, overflows, Overflow.CHECKED, null),
                            () -> wrapped);
                }
                // saturating_pow: MIN only for a negative base to an odd power.
                IrExpr max = new IrExpr.IntConst(k, k.signed() ? (k.isLong() ? Long.MAX_VALUE : (1L << (k.bits() - 1)) - 1)
                        : k.normalize(-1));
                IrExpr min = new IrExpr.IntConst(k, k.isLong() ? Long.MIN_VALUE : k.signed() ? -(1L << (k.bits() - 1)) : 0);
                IrExpr limit = k.signed()
                        ? select(new IrExpr.Compare(CmpOp.EQ, new IrExpr.Arith(ArithOp.AND, IrType.I32, exp,
                                new IrExpr.IntConst(IntKind.I32, 1), Overflow.WRAPPING, null), new IrExpr.IntConst(IntKind.I32, 1)),
                                fn.exprs.stable(select(new IrExpr.Compare(CmpOp.LT, a, new IrExpr.IntConst(k, 0)), min, max)), max)
                        : max;
                IrExpr lim = fn.exprs.stable(limit);
                return select(overflows, lim, fn.exprs.stable(wrapped));
            }
            case "rotate_left", "rotate_right", "swap_bytes", "reverse_bits" -> {
                String op = switch (name) {
                    case "rotate_left" -> "rotateLeft";
                    case "rotate_right" -> "rotateRight";
                    case "swap_bytes" -> "swapBytes";
                    default -> "reverseBits";
                };
                boolean rotate = name.startsWith("rotate");
                if (wide) {
                    String jdk = switch (name) {
                        case "swap_bytes" -> "reverseBytes";
                        case "reverse_bits" -> "reverse";
                        default -> op;
                    };
                    IrExpr r = rotate
                            ? new IrExpr.StaticCall("java/lang/Long", jdk, IrSig.of(IrType.I64, IrType.I64, IrType.I32),
                                    List.of(toLong(a), toInt(v.get(1))))
                            : new IrExpr.StaticCall("java/lang/Long", jdk, IrSig.of(IrType.I64, IrType.I64), List.of(toLong(a)));
                    return fn.exprs.stable(fromLong(r, t));
                }
                IrExpr r = rotate
                        ? new IrExpr.StaticCall(INT_OPS, op, IrSig.of(IrType.I32, IrType.I32, IrType.I32, IrType.I32, IrType.BOOL),
                                List.of(toInt(a), toInt(v.get(1)), bits(k), signed(k)))
                        : new IrExpr.StaticCall(INT_OPS, op, IrSig.of(IrType.I32, IrType.I32, IrType.I32, IrType.BOOL),
                                List.of(toInt(a), bits(k), signed(k)));
                return fn.exprs.stable(fromInt(r, t));
            }
            case "to_be_bytes", "to_le_bytes", "to_ne_bytes" -> {
                int n = k.bits() / 8;
                IrExpr w = fn.exprs.stable(new IrExpr.Cast(a, IrType.I64));
                var bytes = new ArrayList<IrExpr>();
                for (int i = 0; i < n; i++) {
                    int shift = 8 * (name.equals("to_be_bytes") ? n - 1 - i : i);
                    bytes.add(new IrExpr.Cast(new IrExpr.Arith(ArithOp.SHR, IrType.I64, w, new IrExpr.IntConst(IntKind.I32, shift),
                            Overflow.WRAPPING, null), IrType.U8));
                }
                return fn.exprs.stable(new IrExpr.NewArray(IrType.U8, bytes));
            }
            case "clamp" -> {
                boolean signedCompare = k.signed() || !wide;
                IrExpr r = new IrExpr.StaticCall(INT_OPS, "clamp", IrSig.of(IrType.I64, IrType.I64, IrType.I64, IrType.I64,
                        IrType.BOOL, IrType.JAVA_STRING), List.of(new IrExpr.Cast(a, IrType.I64), new IrExpr.Cast(v.get(1),
                        IrType.I64), new IrExpr.Cast(v.get(2), IrType.I64), new IrExpr.BoolConst(signedCompare),
                        new IrExpr.StringConst(loc)));
                return fn.exprs.stable(new IrExpr.Cast(r, t));
            }
            default -> {
                return null;
            }
        }
    }

    private IrExpr overflowTest(String op, IntKind k, IrExpr a, IrExpr b) {
        String method = op + "Overflows";
        return k.isLong()
                ? new IrExpr.StaticCall(INT_OPS, method + "64", IrSig.of(IrType.BOOL, IrType.I64, IrType.I64, IrType.BOOL),
                        List.of(toLong(a), toLong(b), signed(k)))
                : new IrExpr.StaticCall(INT_OPS, method, IrSig.of(IrType.BOOL, IrType.I32, IrType.I32, IrType.I32, IrType.BOOL),
                        List.of(toInt(a), toInt(b), bits(k), signed(k)));
    }

    private static IrExpr wrapping(String op, IrType t, IrExpr a, IrExpr b) {
        ArithOp arith = switch (op) {
            case "add" -> ArithOp.ADD;
            case "sub" -> ArithOp.SUB;
            default -> ArithOp.MUL;
        };
        return new IrExpr.Arith(arith, t, a, b, Overflow.WRAPPING, null);
    }

    private static IrExpr toInt(IrExpr v) {
        return v.type().equals(IrType.I32) ? v : new IrExpr.Cast(v, IrType.I32);
    }

    private static IrExpr toLong(IrExpr v) {
        return v.type().equals(IrType.I64) ? v : new IrExpr.Cast(v, IrType.I64);
    }

    private static IrExpr fromInt(IrExpr v, IrType t) {
        return t.equals(IrType.I32) ? v : new IrExpr.Cast(v, t);
    }

    private static IrExpr fromLong(IrExpr v, IrType t) {
        return t.equals(IrType.I64) ? v : new IrExpr.Cast(v, t);
    }

    private static IrExpr bits(IntKind k) {
        return new IrExpr.IntConst(IntKind.I32, k.bits());
    }

    private static IrExpr signed(IntKind k) {
        return new IrExpr.BoolConst(k.signed());
    }

    // ----- floats

    private IrExpr floatMethod(SyntaxNode e, String name, boolean f64, List<IrExpr> v) {
        IrExpr x = v.getFirst();
        IrType t = x.type();
        String box = f64 ? "java/lang/Double" : "java/lang/Float";
        switch (name) {
            case "is_nan", "is_finite", "is_infinite" -> {
                String m = switch (name) {
                    case "is_nan" -> "isNaN";
                    case "is_finite" -> "isFinite";
                    default -> "isInfinite";
                };
                return fn.exprs.stable(new IrExpr.StaticCall(box, m, IrSig.of(IrType.BOOL, t), List.of(x)));
            }
            case "is_sign_negative", "is_sign_positive" -> {
                IrExpr bitsOf = f64
                        ? new IrExpr.StaticCall(box, "doubleToRawLongBits", IrSig.of(IrType.I64, t), List.of(x))
                        : new IrExpr.StaticCall(box, "floatToRawIntBits", IrSig.of(IrType.I32, t), List.of(x));
                IrExpr zero = new IrExpr.IntConst(f64 ? IntKind.I64 : IntKind.I32, 0);
                return fn.exprs.stable(new IrExpr.Compare(name.equals("is_sign_negative") ? CmpOp.LT : CmpOp.GE, bitsOf, zero));
            }
            case "to_bits" -> {
                return fn.exprs.stable(f64
                        ? new IrExpr.StaticCall(box, "doubleToRawLongBits", IrSig.of(IrType.U64, t), List.of(x))
                        : new IrExpr.StaticCall(box, "floatToRawIntBits", IrSig.of(IrType.U32, t), List.of(x)));
            }
            case "recip" -> {
                IrExpr one = f64 ? new IrExpr.F64Const(1.0) : new IrExpr.F32Const(1.0f);
                return fn.exprs.stable(new IrExpr.Arith(ArithOp.DIV, t, one, x, Overflow.CHECKED, null));
            }
            case "to_degrees" -> {
                // core: f64 multiplies by 180/PI (rounded once); f32 by its literal constant.
                IrExpr factor = f64 ? new IrExpr.F64Const(180.0 / Math.PI) : new IrExpr.F32Const(57.2957795130823208767981548141051703f);
                return fn.exprs.stable(new IrExpr.Arith(ArithOp.MUL, t, x, factor, Overflow.CHECKED, null));
            }
            case "to_radians" -> {
                IrExpr factor = f64 ? new IrExpr.F64Const(Math.PI / 180.0) : new IrExpr.F32Const((float) Math.PI / 180.0f);
                return fn.exprs.stable(new IrExpr.Arith(ArithOp.MUL, t, x, factor, Overflow.CHECKED, null));
            }
            default -> { }
        }
        if (f64) {
            String owner = switch (name) {
                case "sqrt", "abs", "floor", "ceil", "mul_add" -> MATH;
                case "round", "trunc", "fract", "signum", "sin", "cos", "tan", "asin", "acos", "atan", "exp", "exp2",
                     "ln", "log10", "log2", "cbrt", "sinh", "cosh", "tanh", "powi", "powf", "hypot", "atan2", "log", "min",
                     "max", "clamp" -> FLOATS;
                default -> null;
            };
            if (owner == null) {
                return null;
            }
            String method = name.equals("mul_add") ? "fma" : name;
            var params = new ArrayList<IrType>();
            for (IrExpr a : v) {
                params.add(a.type());
            }
            if (!method.equals("powi") && params.stream().anyMatch(p -> !p.equals(IrType.F64))) {
                return null;
            }
            return fn.exprs.stable(new IrExpr.StaticCall(owner, method, new IrSig(params, IrType.F64), v));
        }
        // f32: the functions whose f32 result is exactly the f64 one rounded, or that Floats has for f32.
        switch (name) {
            case "sqrt", "floor", "ceil" -> {
                IrExpr d = new IrExpr.StaticCall(MATH, name, IrSig.of(IrType.F64, IrType.F64), List.of(new IrExpr.Cast(x, IrType.F64)));
                return fn.exprs.stable(new IrExpr.Cast(d, IrType.F32));
            }
            case "abs" -> {
                return fn.exprs.stable(new IrExpr.StaticCall(MATH, "abs", IrSig.of(IrType.F32, IrType.F32), List.of(x)));
            }
            case "round", "signum", "sin", "cos", "tan", "exp", "ln", "powf", "powi", "min", "max", "clamp", "atan2" -> {
                var params = new ArrayList<IrType>();
                for (IrExpr a : v) {
                    params.add(a.type());
                }
                return fn.exprs.stable(new IrExpr.StaticCall(FLOATS, name, new IrSig(params, IrType.F32), v));
            }
            default -> {
                return null;
            }
        }
    }
}
