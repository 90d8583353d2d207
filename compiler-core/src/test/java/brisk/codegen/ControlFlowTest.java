package brisk.codegen;

import static brisk.codegen.Ir.assign;
import static brisk.codegen.Ir.block;
import static brisk.codegen.Ir.branch;
import static brisk.codegen.Ir.cmp;
import static brisk.codegen.Ir.eval;
import static brisk.codegen.Ir.i32;
import static brisk.codegen.Ir.i64;
import static brisk.codegen.Ir.jump;
import static brisk.codegen.Ir.read;
import static brisk.codegen.Ir.ret;
import static brisk.codegen.Ir.retUnit;
import static brisk.codegen.Ir.wrapping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrBlock;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrStatic;
import brisk.lower.ir.IrStmt;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.Place;
import brisk.lower.ir.UnOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CFG shapes, calls and unit handling, with runtime-free IR (wrapping arithmetic only). */
class ControlFlowTest {
    private static final IrPath ROOT = IrPath.of("c00");
    private static final IrPath M0 = IrPath.of("c00", "m0");
    private static final IrPath M1 = IrPath.of("c00", "m0", "m1");

    /** {@code fn sum(n: i64) -> i64 { let mut acc = 0; let mut i = 1; while i <= n { acc += i; i += 1 } acc }} */
    static IrFunction sum() {
        var fn = new Ir.Fn(ROOT, "sum", IrType.I64);
        Place.Local n = fn.param(IrType.I64);
        Place.Local acc = fn.local(IrType.I64);
        Place.Local i = fn.local(IrType.I64);
        return fn
                .add(block(jump(1), assign(acc, i64(0)), assign(i, i64(1))))
                .add(block(branch(cmp(CmpOp.LE, read(i), read(n)), 2, 3)))
                .add(block(jump(1),
                        assign(acc, wrapping(ArithOp.ADD, read(acc), read(i))),
                        assign(i, wrapping(ArithOp.ADD, read(i), i64(1)))))
                .add(block(ret(read(acc))))
                .build();
    }

    /** Block 0 is its own loop head: {@code while n > 0 { n -= 3 } n}. */
    static IrFunction countdown() {
        var fn = new Ir.Fn(ROOT, "countdown", IrType.I32);
        Place.Local n = fn.param(IrType.I32);
        return fn
                .add(block(branch(cmp(CmpOp.GT, read(n), i32(0)), 1, 2)))
                .add(block(jump(0), assign(n, wrapping(ArithOp.SUB, read(n), i32(3)))))
                .add(block(ret(read(n))))
                .build();
    }

    /** {@code fn fib(n: i32) -> i32 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }} */
    static IrFunction fib() {
        var fn = new Ir.Fn(M0, "fib", IrType.I32);
        Place.Local n = fn.param(IrType.I32);
        var self = new FnRef(M0, "fib", IrSig.of(IrType.I32, IrType.I32));
        IrExpr fibMinus1 = new IrExpr.Call(self, List.of(wrapping(ArithOp.SUB, read(n), i32(1))));
        IrExpr fibMinus2 = new IrExpr.Call(self, List.of(wrapping(ArithOp.SUB, read(n), i32(2))));
        return fn
                .add(block(branch(cmp(CmpOp.LT, read(n), i32(2)), 1, 2)))
                .add(block(ret(read(n))))
                .add(block(ret(wrapping(ArithOp.ADD, fibMinus1, fibMinus2))))
                .build();
    }

    @Test
    void loopSumsOneToN() throws Throwable {
        Loaded loaded = Loaded.compile(IrModule.library(List.of(sum()), List.of()));
        assertEquals(0L, loaded.call(ROOT, "sum", 0L));
        assertEquals(5050L, loaded.call(ROOT, "sum", 100L));
        assertEquals(50_000_005_000_000L, loaded.call(ROOT, "sum", 10_000_000L));
    }

    @Test
    void entryBlockCanBeALoopHead() throws Throwable {
        Loaded loaded = Loaded.compile(IrModule.library(List.of(countdown()), List.of()));
        assertEquals(-2, loaded.call(ROOT, "countdown", 10));
        assertEquals(-5, loaded.call(ROOT, "countdown", -5));
    }

    @Test
    void recursion() throws Throwable {
        Loaded loaded = Loaded.compile(IrModule.library(List.of(fib()), List.of()));
        assertEquals(6765, loaded.call(M0, "fib", 20));
    }

    /** {@code m0::m1::twice_fib(n) = m0::fib(n) * 2}, and a unit-returning function taking a unit parameter. */
    @Test
    void callsBetweenModulesAndUnitValues() throws Throwable {
        var twice = new Ir.Fn(M1, "twice_fib", IrType.I32);
        Place.Local n = twice.param(IrType.I32);
        Place.Local unit = twice.local(IrType.UNIT);
        var noop = new Ir.Fn(ROOT, "noop", IrType.UNIT);
        noop.param(IrType.UNIT);
        noop.add(block(retUnit()));
        var noopRef = new FnRef(ROOT, "noop", IrSig.of(IrType.UNIT, IrType.UNIT));
        var fibRef = new FnRef(M0, "fib", IrSig.of(IrType.I32, IrType.I32));
        twice.add(block(ret(wrapping(ArithOp.MUL, new IrExpr.Call(fibRef, List.of(read(n))), i32(2))),
                assign(unit, new IrExpr.Call(noopRef, List.of(new IrExpr.UnitConst()))),
                eval(new IrExpr.Call(noopRef, List.of(read(unit)))),
                eval(new IrExpr.Call(fibRef, List.of(i32(3))))));
        IrModule module = IrModule.library(List.of(fib(), twice.build(), noop.build()), List.of());
        Loaded loaded = Loaded.compile(module);
        assertEquals(110, loaded.call(M1, "twice_fib", 10));
        assertEquals(3, Codegen.emitModule(module).classes().size());
    }

    /** A switch on an i64 (a compare chain) and on an i32 with sparse cases (a lookupswitch). */
    @Test
    void switches() throws Throwable {
        var wide = new Ir.Fn(ROOT, "wide", IrType.I32);
        Place.Local x = wide.param(IrType.I64);
        wide.add(block(new IrTerminator.Switch(read(x), List.of(
                        new IrTerminator.SwitchCase(5_000_000_000L, 1), new IrTerminator.SwitchCase(-1, 2)), 3)))
                .add(block(ret(i32(1))))
                .add(block(ret(i32(2))))
                .add(block(ret(i32(3))));
        var sparse = new Ir.Fn(ROOT, "sparse", IrType.I32);
        Place.Local y = sparse.param(IrType.I32);
        sparse.add(block(new IrTerminator.Switch(read(y), List.of(
                        new IrTerminator.SwitchCase(1_000_000, 1), new IrTerminator.SwitchCase(-7, 2)), 3)))
                .add(block(ret(i32(1))))
                .add(block(ret(i32(2))))
                .add(block(ret(i32(3))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(wide.build(), sparse.build()), List.of()));
        assertEquals(1, loaded.call(ROOT, "wide", 5_000_000_000L));
        assertEquals(2, loaded.call(ROOT, "wide", -1L));
        assertEquals(3, loaded.call(ROOT, "wide", 0L));
        assertEquals(1, loaded.call(ROOT, "sparse", 1_000_000));
        assertEquals(2, loaded.call(ROOT, "sparse", -7));
        assertEquals(3, loaded.call(ROOT, "sparse", 0));
    }

    /** Short-circuit {@code a && !b} as blocks, with negated compares fused into the branch. */
    @Test
    void branchesOnNegatedConditions() throws Throwable {
        var fn = new Ir.Fn(ROOT, "between", IrType.BOOL);
        Place.Local v = fn.param(IrType.F64);
        IrExpr notBelow = new IrExpr.Unary(UnOp.NOT,
                cmp(CmpOp.LT, read(v), new IrExpr.F64Const(1.0)), Overflow.WRAPPING, Ir.LOC);
        fn.add(block(branch(notBelow, 1, 2)))
                .add(block(ret(new IrExpr.Unary(UnOp.NOT,
                        cmp(CmpOp.GT, read(v), new IrExpr.F64Const(2.0)), Overflow.WRAPPING, Ir.LOC))))
                .add(block(ret(new IrExpr.BoolConst(false))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(fn.build()), List.of()));
        assertEquals(true, loaded.call(ROOT, "between", 1.5));
        assertEquals(false, loaded.call(ROOT, "between", 0.5));
        assertEquals(false, loaded.call(ROOT, "between", 2.5));
        // !(NaN < 1) holds, then !(NaN > 2) holds: Rust's `!` of a false comparison.
        assertEquals(true, loaded.call(ROOT, "between", Double.NaN));
    }

    /** Constants keep their exact bits; a block nothing jumps to is dead code the JVM still accepts. */
    @Test
    void constantsAndDeadBlocks() throws Throwable {
        var f = new Ir.Fn(ROOT, "negZero", IrType.F32);
        f.add(block(ret(new IrExpr.F32Const(-0.0f)))).add(block(ret(new IrExpr.F32Const(1f))));
        var d = new Ir.Fn(ROOT, "nan", IrType.F64);
        d.add(block(ret(new IrExpr.F64Const(Double.longBitsToDouble(0x7ff8_0000_0000_0001L)))));
        var u = new Ir.Fn(ROOT, "u32max", IrType.U32);
        u.add(block(ret(new IrExpr.IntConst(IntKind.U32, -1))));
        var l = new Ir.Fn(ROOT, "i64min", IrType.I64);
        l.add(block(ret(i64(Long.MIN_VALUE))));
        var c = new Ir.Fn(ROOT, "crab", IrType.CHAR);
        c.add(block(ret(new IrExpr.CharConst(0x1F980))));
        Loaded loaded = Loaded.compile(IrModule.library(
                List.of(f.build(), d.build(), u.build(), l.build(), c.build()), List.of()));
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits((Float) loaded.call(ROOT, "negZero")));
        assertEquals(0x7ff8_0000_0000_0001L, Double.doubleToRawLongBits((Double) loaded.call(ROOT, "nan")));
        assertEquals(-1, loaded.call(ROOT, "u32max"));
        assertEquals(Long.MIN_VALUE, loaded.call(ROOT, "i64min"));
        assertEquals(0x1F980, loaded.call(ROOT, "crab"));
    }

    @Test
    void constantCallsAreEvaluatedOncePerSite() throws Throwable {
        IrType bigInteger = new IrType.Obj("java/math/BigInteger");
        var fn = new Ir.Fn(ROOT, "big", bigInteger);
        fn.add(block(ret(new IrExpr.ConstantCall("java/math/BigInteger", "valueOf", IrSig.of(bigInteger, IrType.I64),
                List.of(i64(1L << 40))))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(fn.build()), List.of()));
        Object first = loaded.call(ROOT, "big");
        assertEquals(java.math.BigInteger.ONE.shiftLeft(40), first);
        org.junit.jupiter.api.Assertions.assertSame(first, loaded.call(ROOT, "big"));
    }

    /** {@code static mut COUNTER: i64 = 40;} in m0, bumped from the crate root: {@code COUNTER += 1; COUNTER}. */
    @Test
    void staticsAreModuleClassFields() throws Throwable {
        IrPath counterPath = M0.child("COUNTER");
        var init = new Ir.Fn(M0, "COUNTER$init", IrType.I64);
        init.add(block(ret(i64(40))));
        var bump = new Ir.Fn(ROOT, "bump", IrType.I64);
        Place counter = new Place.Static(counterPath, IrType.I64);
        bump.add(block(ret(read(counter)), assign(counter, wrapping(ArithOp.ADD, read(counter), i64(1)))));
        IrFunction initFn = init.build();
        IrModule module = new IrModule(List.of(initFn, bump.build()), List.of(), List.of(),
                List.of(new IrStatic(counterPath, IrType.I64, initFn.ref())), null);
        Loaded loaded = Loaded.compile(module);
        assertEquals(41L, loaded.call(ROOT, "bump"));
        assertEquals(42L, loaded.call(ROOT, "bump"));
        assertEquals(42L, loaded.moduleClass(M0).getField("COUNTER").get(null));
    }

    /** A function over the JVM's 64 KiB code limit is reported and stubbed; its module still works. */
    @Test
    void oversizedFunctionBecomesAnError() throws Throwable {
        var huge = new Ir.Fn(ROOT, "huge", IrType.I32);
        Place.Local acc = huge.local(IrType.I32);
        var stmts = new java.util.ArrayList<IrStmt>();
        stmts.add(assign(acc, i32(0)));
        for (int i = 0; i < 12_000; i++) {
            stmts.add(assign(acc, wrapping(ArithOp.ADD, read(acc), i32(100_000 + i))));
        }
        huge.add(new IrBlock(stmts, ret(read(acc))));
        IrModule module = IrModule.library(List.of(huge.build(), countdown()), List.of());
        CodegenOutput out = Codegen.emitModule(module);
        assertEquals(1, out.errors().size());
        String message = out.errors().getFirst().message();
        org.junit.jupiter.api.Assertions.assertTrue(message.startsWith("cannot compile `c00::huge` to JVM bytecode: Code length"),
                message);
        Loaded loaded = Loaded.compile(module);
        assertEquals(-2, loaded.call(ROOT, "countdown", 10));
        assertThrows(AssertionError.class, () -> loaded.call(ROOT, "huge"));
    }

    @Test
    void unreachableBlockThrowsAssertionError() {
        var fn = new Ir.Fn(ROOT, "never", IrType.I32);
        fn.add(block(new IrTerminator.Unreachable()));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(fn.build()), List.of()));
        assertThrows(AssertionError.class, () -> loaded.call(ROOT, "never"));
    }

    @Test
    void outputIsDeterministicAndEachClassCanBeEmittedAlone() {
        IrModule module = IrModule.library(List.of(sum(), fib(), countdown()), List.of());
        Loaded.assertSameOutput(module);
        CodegenOutput all = Codegen.emitModule(module);
        assertEquals(List.of("rs/c00/$mod", "rs/c00/m0/$mod"), Codegen.classNames(module));
        assertEquals(all.classes(), Codegen.classNames(module).stream().map(n -> Codegen.emitClass(module, n)).toList());
    }
}
