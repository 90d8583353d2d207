package brisk.lower.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** IR nodes reject ill-formed construction at once, so lower bugs surface where they are made. */
class IrValidationTest {
    private static final IrExpr I32_1 = new IrExpr.IntConst(IntKind.I32, 1);
    private static final IrExpr I64_1 = new IrExpr.IntConst(IntKind.I64, 1);
    private static final IrPath ROOT = IrPath.of("c");

    private record Case(String name, Supplier<Object> build) {}

    @TestFactory
    Stream<DynamicTest> illFormedNodesAreRejected() {
        IrSig takesI32 = IrSig.of(IrType.UNIT, IrType.I32);
        return Stream.of(
                new Case("i8 constant out of range", () -> new IrExpr.IntConst(IntKind.I8, 200)),
                new Case("u32 constant not as bit pattern", () -> new IrExpr.IntConst(IntKind.U32, 0xFFFF_FFFFL)),
                new Case("surrogate char", () -> new IrExpr.CharConst(0xD800)),
                new Case("add of i32 and i64", () -> new IrExpr.Arith(ArithOp.ADD, IrType.I32, I32_1, I64_1,
                        Overflow.CHECKED, "l")),
                new Case("shift on floats", () -> new IrExpr.Arith(ArithOp.SHL, IrType.F64, new IrExpr.F64Const(1),
                        new IrExpr.F64Const(1), Overflow.WRAPPING, "l")),
                new Case("checked negation of unsigned", () -> new IrExpr.Unary(UnOp.NEG,
                        new IrExpr.IntConst(IntKind.U8, 1), Overflow.CHECKED, "l")),
                new Case("compare of i32 with i64", () -> new IrExpr.Compare(CmpOp.LT, I32_1, I64_1)),
                new Case("bool as f64", () -> new IrExpr.Cast(new IrExpr.BoolConst(true), IrType.F64)),
                new Case("i32 as char", () -> new IrExpr.Cast(I32_1, IrType.CHAR)),
                new Case("call with wrong argument type", () -> new IrExpr.Call(new FnRef(ROOT, "f", takesI32),
                        List.of(I64_1))),
                new Case("call with missing argument", () -> new IrExpr.Call(new FnRef(ROOT, "f", takesI32), List.of())),
                new Case("tag of an integer", () -> new IrExpr.Tag(I32_1)),
                new Case("assign i64 to i32 local", () -> new IrStmt.Assign(new Place.Local(0, IrType.I32), I64_1)),
                new Case("branch on an integer", () -> new IrTerminator.Branch(I32_1, 0, 0)),
                new Case("duplicate switch case", () -> new IrTerminator.Switch(I32_1, List.of(
                        new IrTerminator.SwitchCase(1, 0), new IrTerminator.SwitchCase(1, 0)), 0)),
                new Case("path segment with a dot", () -> IrPath.of("c", "a.b")),
                new Case("jump to a missing block", () -> new IrFunction(ROOT, "f", IrSig.of(IrType.UNIT), List.of(),
                        List.of(new IrBlock(List.of(), new IrTerminator.Goto(1))))),
                new Case("parameter local of another type", () -> new IrFunction(ROOT, "f", takesI32,
                        List.of(new IrLocal("x", IrType.I64)), List.of(new IrBlock(List.of(),
                                new IrTerminator.Return(new IrExpr.UnitConst()))))),
                new Case("unit field", () -> new IrField("x", IrType.UNIT)),
                new Case("tuple with a unit element", () -> new IrType.Tuple(List.of(IrType.I32, IrType.UNIT))),
                new Case("static with mistyped initializer", () -> new IrStatic(ROOT.child("S"), IrType.I32,
                        new FnRef(ROOT, "init", IrSig.of(IrType.I64)))),
                new Case("test taking arguments", () -> new IrTest("t", new FnRef(ROOT, "t", takesI32), "l", null, null)))
                .map(c -> DynamicTest.dynamicTest(c.name(),
                        () -> assertThrows(IllegalArgumentException.class, c.build::get)));
    }

    @Test
    void floatConstantsCompareByBits() {
        assertNotEquals(new IrExpr.F64Const(0.0), new IrExpr.F64Const(-0.0));
        assertNotEquals(new IrExpr.F32Const(Float.intBitsToFloat(0x7fc00001)), new IrExpr.F32Const(Float.NaN));
        assertEquals(new IrExpr.F64Const(Double.NaN), new IrExpr.F64Const(Double.NaN));
    }

    @Test
    void expressionTypes() {
        var tuple = new IrExpr.NewTuple(List.of(I32_1, new IrExpr.BoolConst(true)));
        assertEquals(new IrType.Tuple(List.of(IrType.I32, IrType.BOOL)), tuple.type());
        assertEquals(IrType.BOOL, new IrExpr.Read(new Place.TupleField(tuple, 1)).type());
        var closure = new IrExpr.MakeFn(new FnRef(ROOT, "c", IrSig.of(IrType.I64, IrType.I32, IrType.I64)),
                List.of(I32_1));
        assertEquals(new IrType.FnPtr(IrSig.of(IrType.I64, IrType.I64)), closure.type());
        assertEquals(IrType.I64, new IrExpr.CallFn(closure, List.of(I64_1)).type());
    }
}
