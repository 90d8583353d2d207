package brisk.codegen;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.Place;
import brisk.lower.ir.UnOp;

/**
 * Whether evaluating IR can be observed: run other code or panic. Used to keep Rust's order for
 * assignments, which evaluate the assigned value before the place, while the JVM wants the
 * place's object (and bounds check) on the stack first. Allocation and generated {@code copy()}
 * count as unobservable.
 */
final class Effects {
    private Effects() {}

    static boolean of(IrExpr expr) {
        return switch (expr) {
            case IrExpr.IntConst _, IrExpr.BoolConst _, IrExpr.CharConst _, IrExpr.F32Const _, IrExpr.F64Const _,
                    IrExpr.UnitConst _, IrExpr.StringConst _ -> false;
            case IrExpr.Read r -> of(r.place());
            case IrExpr.Copy c -> of(c.value());
            case IrExpr.Arith a -> arithCanPanic(a) || of(a.left()) || of(a.right());
            case IrExpr.Unary u -> (u.op() == UnOp.NEG && u.overflow() == Overflow.CHECKED
                    && u.operand().type() instanceof IrType.Int) || of(u.operand());
            case IrExpr.Compare c -> of(c.left()) || of(c.right());
            case IrExpr.Cast c -> of(c.value());
            case IrExpr.NewStruct n -> n.fields().stream().anyMatch(Effects::of);
            case IrExpr.NewTuple n -> n.elements().stream().anyMatch(Effects::of);
            case IrExpr.NewVariant n -> n.fields().stream().anyMatch(Effects::of);
            case IrExpr.NewArray a -> a.elements().stream().anyMatch(Effects::of);
            case IrExpr.ArrayRepeat r -> of(r.value());
            case IrExpr.NewCell c -> of(c.init());
            case IrExpr.Tag t -> of(t.value());
            case IrExpr.ArrayLength l -> of(l.array());
            case IrExpr.Box b -> of(b.value());
            case IrExpr.Unbox _ -> true;
            case IrExpr.MakeFn m -> m.captured().stream().anyMatch(Effects::of);
            case IrExpr.ToDyn d -> of(d.value());
            case IrExpr.Call _, IrExpr.StaticCall _, IrExpr.ConstantCall _, IrExpr.VirtualCall _, IrExpr.CallFn _,
                    IrExpr.DynCall _ -> true;
        };
    }

    /** Whether evaluating the place's operands (not reading or writing it) can be observed. */
    static boolean of(Place place) {
        return switch (place) {
            case Place.Local _, Place.Static _ -> false;
            case Place.Field f -> of(f.base());
            case Place.TupleField t -> of(t.base());
            case Place.Deref d -> of(d.cell());
            case Place.Index _ -> true;
        };
    }

    private static boolean arithCanPanic(IrExpr.Arith a) {
        if (!(a.type() instanceof IrType.Int)) {
            return false;
        }
        return a.overflow() == Overflow.CHECKED ? a.op().canPanic() : a.op() == ArithOp.DIV || a.op() == ArithOp.REM;
    }
}
