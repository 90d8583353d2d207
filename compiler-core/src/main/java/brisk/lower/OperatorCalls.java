package brisk.lower;

import brisk.base.TextRange;
import brisk.lower.ir.ArithOp;
import brisk.lower.ir.IrExpr;
import brisk.types.Ty;
import java.util.List;

/**
 * Overloaded operators: {@code a + b} on a type that is not a primitive calls its {@code Add::add}
 * impl (and so on for every operator trait of {@code core::ops}), {@code a += b} its
 * {@code AddAssign::add_assign} on the place (which is the object itself), {@code -a}/{@code !a}
 * {@code Neg}/{@code Not}.
 */
final class OperatorCalls {
    private final FnLowering fn;

    OperatorCalls(FnLowering fn) {
        this.fn = fn;
    }

    IrExpr binary(ArithOp op, IrExpr l, IrExpr r, Ty lt, Ty rt, TextRange at) {
        String trait = switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MUL -> "Mul";
            case DIV -> "Div";
            case REM -> "Rem";
            case AND -> "BitAnd";
            case OR -> "BitOr";
            case XOR -> "BitXor";
            case SHL -> "Shl";
            case SHR -> "Shr";
        };
        return call(trait, trait.toLowerCase(java.util.Locale.ROOT), lt, rt, List.of(l, r), at);
    }

    IrExpr compoundAssign(ArithOp op, IrExpr place, IrExpr r, Ty lt, Ty rt, TextRange at) {
        String trait = switch (op) {
            case ADD -> "AddAssign";
            case SUB -> "SubAssign";
            case MUL -> "MulAssign";
            case DIV -> "DivAssign";
            case REM -> "RemAssign";
            default -> null;
        };
        if (trait == null) {
            throw new Unsupported("this compound assignment operator on `" + TypeLowering.describe(lt) + "`", at);
        }
        String method = trait.substring(0, 3).toLowerCase(java.util.Locale.ROOT) + "_assign";
        return call(trait, method, lt, rt, List.of(place, r), at);
    }

    IrExpr unary(String trait, IrExpr v, Ty t, TextRange at) {
        return call(trait, trait.toLowerCase(java.util.Locale.ROOT), t, null, List.of(v), at);
    }

    private IrExpr call(String trait, String method, Ty self, Ty rhs, List<IrExpr> args, TextRange at) {
        var loc = fn.types.std().get(trait);
        var m = loc == null ? null : TraitImpls.find(fn.ctx, fn.instance.owner().crate(), loc, self,
                rhs == null ? List.of() : List.of(rhs));
        var target = m == null ? null : m.impl().methods().get(method);
        if (target == null) {
            throw new Unsupported("the operator `" + trait + "` on `" + TypeLowering.describe(self) + "`", at);
        }
        var instance = new FnInstance(target, m.args());
        fn.callees.add(instance);
        var ref = fn.exprs.fnRef(instance, at);
        var coerced = new java.util.ArrayList<IrExpr>();
        for (int i = 0; i < args.size(); i++) {
            coerced.add(fn.exprs.coerce(args.get(i), ref.sig().params().get(i), at));
        }
        return fn.exprs.stable(new IrExpr.Call(ref, coerced));
    }
}
