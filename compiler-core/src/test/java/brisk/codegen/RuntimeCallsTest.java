package brisk.codegen;

import static brisk.codegen.Ir.assign;
import static brisk.codegen.Ir.block;
import static brisk.codegen.Ir.checked;
import static brisk.codegen.Ir.eval;
import static brisk.codegen.Ir.i32;
import static brisk.codegen.Ir.read;
import static brisk.codegen.Ir.ret;
import static brisk.codegen.Ir.retUnit;
import static brisk.codegen.Ir.usize;
import static brisk.codegen.Ir.wrapping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrBlock;
import brisk.lower.ir.IrEntry;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrStatic;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrTest;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Overflow;
import brisk.lower.ir.Place;
import brisk.lower.ir.UnOp;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code that calls the runtime library ({@code brisk.runtime}): checked arithmetic,
 * panics, bounds checks, cells and the program entry. The bytecode is always verified; running it
 * needs the runtime on the test classpath (brisk-runtime as a test dependency of compiler-core),
 * otherwise the execution part is skipped.
 */
class RuntimeCallsTest {
    private static final IrPath ROOT = IrPath.of("c02");

    private static void assumeRuntime() {
        assumeTrue(Loaded.runtimePresent(), "brisk-runtime is not on the test classpath");
    }

    /** Asserts {@code call} panics with Rust message {@code message} at {@link Ir#LOC}. */
    private static void assertPanics(String message, org.junit.jupiter.api.function.Executable call) throws Exception {
        Throwable t = assertThrows(RuntimeException.class, call);
        assertEquals("brisk.runtime.Panic", t.getClass().getName());
        assertEquals(message, t.getClass().getMethod("message").invoke(t));
        assertEquals(Ir.LOC, t.getClass().getMethod("location").invoke(t));
    }

    @Test
    void checkedArithmeticPanicsWithRustcMessages() throws Throwable {
        var add = new Ir.Fn(ROOT, "add", IrType.I32);
        Place.Local a = add.param(IrType.I32);
        Place.Local b = add.param(IrType.I32);
        add.add(block(ret(checked(ArithOp.ADD, read(a), read(b)))));
        var shl = new Ir.Fn(ROOT, "shl", IrType.U8);
        Place.Local x = shl.param(IrType.U8);
        Place.Local s = shl.param(IrType.I64);
        shl.add(block(ret(checked(ArithOp.SHL, read(x), read(s)))));
        var neg = new Ir.Fn(ROOT, "neg", IrType.I64);
        Place.Local n = neg.param(IrType.I64);
        neg.add(block(ret(new IrExpr.Unary(UnOp.NEG, read(n), Overflow.CHECKED, Ir.LOC))));
        var div = new Ir.Fn(ROOT, "wrapping_div", IrType.U32);
        Place.Local p = div.param(IrType.U32);
        Place.Local q = div.param(IrType.U32);
        div.add(block(ret(wrapping(ArithOp.DIV, read(p), read(q)))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(add.build(), shl.build(), neg.build(), div.build()),
                List.of()));
        assumeRuntime();
        assertEquals(3, loaded.call(ROOT, "add", 1, 2));
        assertPanics("attempt to add with overflow", () -> loaded.call(ROOT, "add", Integer.MAX_VALUE, 1));
        assertEquals(0x80, loaded.call(ROOT, "shl", 1, 7L));
        assertPanics("attempt to shift left with overflow", () -> loaded.call(ROOT, "shl", 1, 8L));
        assertPanics("attempt to shift left with overflow", () -> loaded.call(ROOT, "shl", 1, -1L));
        assertPanics("attempt to negate with overflow", () -> loaded.call(ROOT, "neg", Long.MIN_VALUE));
        assertEquals(Integer.divideUnsigned(-2, 3), loaded.call(ROOT, "wrapping_div", -2, 3));
        assertPanics("attempt to divide by zero", () -> loaded.call(ROOT, "wrapping_div", 1, 0));
    }

    /** {@code let mut a = [10, 20, 30]; a[1] = a.len() as i32; a[i]} and an explicit {@code panic!}. */
    @Test
    void arraysAreBoundsChecked() throws Throwable {
        var get = new Ir.Fn(ROOT, "get", IrType.I32);
        Place.Local i = get.param(IrType.USIZE);
        Place.Local arr = get.local(new IrType.Array(IrType.I32));
        get.add(block(ret(read(new Place.Index(read(arr), read(i), Ir.LOC))),
                assign(arr, new IrExpr.NewArray(IrType.I32, List.of(i32(10), i32(20), i32(30)))),
                assign(new Place.Index(read(arr), usize(1), Ir.LOC),
                        new IrExpr.Cast(new IrExpr.ArrayLength(read(arr)), IrType.I32))));
        var boom = new Ir.Fn(ROOT, "boom", IrType.NEVER);
        boom.add(block(new IrTerminator.Panic(new IrExpr.StringConst("it broke"), Ir.LOC)));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(get.build(), boom.build()), List.of()));
        assumeRuntime();
        assertEquals(10, loaded.call(ROOT, "get", 0L));
        assertEquals(3, loaded.call(ROOT, "get", 1L));
        assertPanics("index out of bounds: the len is 3 but the index is 3", () -> loaded.call(ROOT, "get", 3L));
        assertPanics("index out of bounds: the len is 3 but the index is 18446744073709551615",
                () -> loaded.call(ROOT, "get", -1L));
        assertPanics("it broke", () -> loaded.call(ROOT, "boom"));
    }

    /**
     * Arrays are Rust values: a copy of a nested array and every element of {@code [v; n]} are
     * independent.
     * <pre>
     * let a = [[1, 2], [3, 4]]; let mut b = a; b[0][0] = 9;
     * let mut r = [[0i64; 2]; 3]; r[1][1] = 5;
     * let f = [false; 4];
     * a[0][0] * 10 + b[0][0] + (r[0][1] + r[1][1] * 100 + r[2][1]) as i32 * 1000 + f.len() as i32 * 1_000_000
     * </pre>
     */
    @Test
    void arraysAreValues() throws Throwable {
        IrType row = new IrType.Array(IrType.I32);
        IrType grid = new IrType.Array(row);
        IrType wideGrid = new IrType.Array(new IrType.Array(IrType.I64));
        var fn = new Ir.Fn(ROOT, "arrays", IrType.I32);
        Place.Local a = fn.local(grid);
        Place.Local b = fn.local(grid);
        Place.Local r = fn.local(wideGrid);
        Place.Local f = fn.local(new IrType.Array(IrType.BOOL));
        BiFunction<Place.Local, Integer, IrExpr> rowOf =
                (arr, i) -> read(new Place.Index(read(arr), usize(i), Ir.LOC));
        BiFunction<IrExpr, Integer, Place> cell = (rowExpr, j) -> new Place.Index(rowExpr, usize(j), Ir.LOC);
        IrExpr rSum = wrapping(ArithOp.ADD, wrapping(ArithOp.ADD, read(cell.apply(rowOf.apply(r, 0), 1)),
                        wrapping(ArithOp.MUL, read(cell.apply(rowOf.apply(r, 1), 1)), Ir.i64(100))),
                read(cell.apply(rowOf.apply(r, 2), 1)));
        IrExpr result = wrapping(ArithOp.ADD,
                wrapping(ArithOp.ADD,
                        wrapping(ArithOp.MUL, read(cell.apply(rowOf.apply(a, 0), 0)), i32(10)),
                        read(cell.apply(rowOf.apply(b, 0), 0))),
                wrapping(ArithOp.ADD,
                        wrapping(ArithOp.MUL, new IrExpr.Cast(rSum, IrType.I32), i32(1000)),
                        wrapping(ArithOp.MUL, new IrExpr.Cast(new IrExpr.ArrayLength(read(f)), IrType.I32),
                                i32(1_000_000))));
        fn.add(block(ret(result),
                assign(a, new IrExpr.NewArray(row, List.of(
                        new IrExpr.NewArray(IrType.I32, List.of(i32(1), i32(2))),
                        new IrExpr.NewArray(IrType.I32, List.of(i32(3), i32(4)))))),
                assign(b, new IrExpr.Copy(read(a))),
                assign(cell.apply(rowOf.apply(b, 0), 0), i32(9)),
                assign(r, new IrExpr.ArrayRepeat(new IrExpr.ArrayRepeat(Ir.i64(0), 2), 3)),
                assign(cell.apply(rowOf.apply(r, 1), 1), Ir.i64(5)),
                assign(f, new IrExpr.ArrayRepeat(new IrExpr.BoolConst(false), 4))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(fn.build()), List.of()));
        assumeRuntime();
        assertEquals(4_500_019, loaded.call(ROOT, "arrays"));
    }

    /**
     * Narrow arrays store elements at Rust width ({@code byte[]}, {@code short[]}, {@code char[]})
     * and read back normalized values.
     * <pre>
     * let a = [200u8, 7]; let mut b = [-5i8]; let c = [60000u16]; let d = [-300i16];
     * b[0] = a[0] as i8;  let mut a2 = a; a2[1] = 255; let r = [9u8; 3];
     * a[0] as i64 + c[0] as i64 + d[0] as i64 + b[0] as i64 + a[1] as i64 * 1_000_000 + a2[1] as i64 * 10 + r[2] as i64
     * </pre>
     */
    @Test
    void narrowArraysKeepRustWidths() throws Throwable {
        var fn = new Ir.Fn(ROOT, "narrow", IrType.I64);
        Place.Local a = fn.local(new IrType.Array(IrType.U8));
        Place.Local b = fn.local(new IrType.Array(IrType.I8));
        Place.Local c = fn.local(new IrType.Array(IrType.U16));
        Place.Local d = fn.local(new IrType.Array(IrType.I16));
        Place.Local a2 = fn.local(new IrType.Array(IrType.U8));
        Place.Local r = fn.local(new IrType.Array(IrType.U8));
        BiFunction<Place.Local, Integer, Place> at = (arr, i) -> new Place.Index(read(arr), usize(i), Ir.LOC);
        Function<Place, IrExpr> wide = p -> new IrExpr.Cast(read(p), IrType.I64);
        IrExpr sum = wide.apply(at.apply(a, 0));
        sum = wrapping(ArithOp.ADD, sum, wide.apply(at.apply(c, 0)));
        sum = wrapping(ArithOp.ADD, sum, wide.apply(at.apply(d, 0)));
        sum = wrapping(ArithOp.ADD, sum, wide.apply(at.apply(b, 0)));
        sum = wrapping(ArithOp.ADD, sum, wrapping(ArithOp.MUL, wide.apply(at.apply(a, 1)), Ir.i64(1_000_000)));
        sum = wrapping(ArithOp.ADD, sum, wrapping(ArithOp.MUL, wide.apply(at.apply(a2, 1)), Ir.i64(10)));
        sum = wrapping(ArithOp.ADD, sum, wide.apply(at.apply(r, 2)));
        fn.add(block(ret(sum),
                assign(a, new IrExpr.NewArray(IrType.U8, List.of(u8(200), u8(7)))),
                assign(b, new IrExpr.NewArray(IrType.I8, List.of(new IrExpr.IntConst(IntKind.I8, -5)))),
                assign(c, new IrExpr.NewArray(IrType.U16, List.of(new IrExpr.IntConst(IntKind.U16, 60000)))),
                assign(d, new IrExpr.NewArray(IrType.I16, List.of(new IrExpr.IntConst(IntKind.I16, -300)))),
                assign(at.apply(b, 0), new IrExpr.Cast(read(at.apply(a, 0)), IrType.I8)),
                assign(a2, new IrExpr.Copy(read(a))),
                assign(at.apply(a2, 1), u8(255)),
                assign(r, new IrExpr.ArrayRepeat(u8(9), 3))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(fn.build()), List.of()));
        assumeRuntime();
        assertEquals(7_062_403L, loaded.call(ROOT, "narrow"));
    }

    /**
     * Rust evaluates an assigned value before the place: in {@code a[5] = f()} the call runs (and
     * sets the static) before the bounds check panics.
     */
    @Test
    void assignmentEvaluatesValueBeforePlace() throws Throwable {
        IrPath flagPath = ROOT.child("FLAG");
        Place flag = new Place.Static(flagPath, IrType.I32);
        var init = new Ir.Fn(ROOT, "FLAG$init", IrType.I32);
        init.add(block(ret(i32(0))));
        var f = new Ir.Fn(ROOT, "f", IrType.I32);
        f.add(block(ret(i32(7)), assign(flag, i32(1))));
        var g = new Ir.Fn(ROOT, "g", IrType.UNIT);
        Place.Local a = g.local(new IrType.Array(IrType.I32));
        g.add(block(retUnit(),
                assign(a, new IrExpr.ArrayRepeat(i32(0), 2)),
                assign(new Place.Index(read(a), usize(5), Ir.LOC),
                        new IrExpr.Call(new FnRef(ROOT, "f", IrSig.of(IrType.I32)), List.of()))));
        IrFunction initFn = init.build();
        Loaded loaded = Loaded.compile(new IrModule(List.of(initFn, f.build(), g.build()), List.of(), List.of(),
                List.of(new IrStatic(flagPath, IrType.I32, initFn.ref())), null));
        assumeRuntime();
        assertPanics("index out of bounds: the len is 2 but the index is 5", () -> loaded.call(ROOT, "g"));
        assertEquals(1, loaded.moduleClass(ROOT).getField("FLAG").get(null));
    }

    private static IrExpr u8(int v) {
        return new IrExpr.IntConst(IntKind.U8, v);
    }

    /**
     * {@code fn bump(r: &mut i32) { *r += 1 } let mut x = 41; bump(&mut x); x}: lower boxes {@code x}
     * into a cell and passes the cell.
     */
    @Test
    void mutableBorrowsOfLocalsGoThroughCells() throws Throwable {
        IrType cellOfI32 = new IrType.Ref(IrType.I32);
        var bump = new Ir.Fn(ROOT, "bump", IrType.UNIT);
        Place.Local r = bump.param(cellOfI32);
        Place.Deref target = new Place.Deref(read(r));
        bump.add(block(retUnit(), assign(target, checked(ArithOp.ADD, read(target), i32(1)))));
        var main = new Ir.Fn(ROOT, "answer", IrType.I32);
        Place.Local x = main.local(cellOfI32);
        main.add(block(ret(read(new Place.Deref(read(x)))),
                assign(x, new IrExpr.NewCell(i32(41))),
                eval(new IrExpr.Call(new FnRef(ROOT, "bump", IrSig.of(IrType.UNIT, cellOfI32)), List.of(read(x))))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(bump.build(), main.build()), List.of()));
        assumeRuntime();
        assumeTrue(classPresent("brisk.runtime.RefInt"), "runtime has no cell classes (RefInt, ...) yet");
        assertEquals(42, loaded.call(ROOT, "answer"));
    }

    /**
     * Cleanup on unwinding: a panic escaping a block with an unwind edge runs the cleanup block
     * (here: a drop that records 7 in a cell), which resumes the panic. Block 1 is empty and falls
     * through, so its handler range is empty.
     * <pre>
     * fn guarded(log: &mut i32, explode: bool) -> i32 { let _g = Guard(log); if explode { boom() } 1 }
     * </pre>
     */
    @Test
    void cleanupBlocksRunWhileUnwinding() throws Throwable {
        IrType cellOfI32 = new IrType.Ref(IrType.I32);
        var boom = new Ir.Fn(ROOT, "boom", IrType.NEVER);
        boom.add(block(new IrTerminator.Panic(new IrExpr.StringConst("boom"), Ir.LOC)));
        FnRef boomRef = new FnRef(ROOT, "boom", IrSig.of(IrType.NEVER));
        var guarded = new Ir.Fn(ROOT, "guarded", IrType.I32);
        Place.Local log = guarded.param(cellOfI32);
        Place.Local explode = guarded.param(IrType.BOOL);
        guarded.add(new IrBlock(List.of(), Ir.branch(read(explode), 2, 1), 4))
                .add(new IrBlock(List.of(), Ir.jump(3), 4))
                .add(new IrBlock(List.of(eval(new IrExpr.Call(boomRef, List.of()))),
                        new IrTerminator.Unreachable(), 4))
                .add(block(ret(i32(1)), assign(new Place.Deref(read(log)), i32(3))))
                .add(block(new IrTerminator.Resume(), assign(new Place.Deref(read(log)), i32(7))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(boom.build(), guarded.build()), List.of()));
        assumeRuntime();
        Class<?> refInt = Class.forName("brisk.runtime.RefInt");
        Object cell = refInt.getConstructor(int.class).newInstance(0);
        assertEquals(1, loaded.call(ROOT, "guarded", cell, false));
        assertEquals(3, refInt.getMethod("get").invoke(cell));
        assertPanics("boom", () -> loaded.call(ROOT, "guarded", cell, true));
        assertEquals(7, refInt.getMethod("get").invoke(cell));
    }

    /**
     * A binary: {@code fn main() { print!("hello, wörld\n") }} (the literal an {@code RStr} constant)
     * run as a JVM program in a child process; and one whose main panics (exit status 101).
     */
    @Test
    void mainRunsThroughRuntimeEntry(@TempDir Path dir) throws Exception {
        var main = new Ir.Fn(ROOT, "main", IrType.UNIT);
        IrType rstr = new IrType.Obj("brisk/runtime/RStr");
        IrExpr literal = new IrExpr.ConstantCall("brisk/runtime/RStr", "of", IrSig.of(rstr, IrType.JAVA_STRING),
                List.of(new IrExpr.StringConst("hello, wörld\n")));
        main.add(block(retUnit(), eval(new IrExpr.StaticCall("brisk/runtime/Io", "print",
                IrSig.of(IrType.UNIT, rstr), List.of(literal)))));
        var failing = new Ir.Fn(IrPath.of("c03"), "main", IrType.UNIT);
        failing.add(block(new IrTerminator.Panic(new IrExpr.StringConst("bad"), "src/main.rs:2:5")));
        FnRef entry = new FnRef(ROOT, "main", IrSig.of(IrType.UNIT));
        CodegenOutput ok = Codegen.emitModule(IrModule.binary(List.of(main.build()), List.of(),
                new IrEntry.Main(entry, "c02")));
        CodegenOutput bad = Codegen.emitModule(IrModule.binary(List.of(failing.build()), List.of(),
                new IrEntry.Main(new FnRef(IrPath.of("c03"), "main", IrSig.of(IrType.UNIT)), "c03")));
        Loaded.verify(ok);
        Loaded.verify(bad);
        assumeRuntime();
        write(ok, dir);
        write(bad, dir);
        Process run = start(dir, "rs.c02.$mod");
        assertEquals(0, run.waitFor());
        assertEquals("hello, wörld\n", new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Process panic = start(dir, "rs.c03.$mod");
        assertEquals(101, panic.waitFor());
        String stderr = new String(panic.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(stderr.contains("panicked at src/main.rs:2:5:\nbad"), stderr);
    }

    /**
     * A test binary: four {@code #[test]}s (passing, failing, {@code #[should_panic]},
     * {@code #[ignore]}, and one returning {@code Err}) run by the runtime's libtest harness.
     */
    @Test
    void testBinaryRunsTheHarness(@TempDir Path dir) throws Exception {
        IrPath tests = IrPath.of("c06", "tests");
        var ok = new Ir.Fn(tests, "ok", IrType.UNIT);
        ok.add(block(retUnit()));
        var fails = new Ir.Fn(tests, "fails", IrType.UNIT);
        fails.add(block(new IrTerminator.Panic(new IrExpr.StringConst("nope"), "src/lib.rs:9:9")));
        var err = new Ir.Fn(tests, "err", IrType.JAVA_STRING);
        err.add(block(ret(new IrExpr.StringConst("\"bad\""))));
        IrFunction okFn = ok.build();
        IrFunction failsFn = fails.build();
        IrFunction errFn = err.build();
        var entry = new IrEntry.Tests(IrPath.of("c06"), List.of(
                new IrTest("tests::ok", okFn.ref(), "src/lib.rs:3:8", null, null),
                new IrTest("tests::fails", failsFn.ref(), "src/lib.rs:8:8", null, null),
                new IrTest("tests::panics", failsFn.ref(), "src/lib.rs:12:8", null, "nope"),
                new IrTest("tests::skipped", okFn.ref(), "src/lib.rs:15:8", "", null),
                new IrTest("tests::err", errFn.ref(), "src/lib.rs:18:8", null, null)));
        CodegenOutput out = Codegen.emitModule(IrModule.binary(List.of(okFn, failsFn, errFn), List.of(), entry));
        Loaded.verify(out);
        assumeRuntime();
        write(out, dir);
        Process run = start(dir, "rs.c06.$mod");
        assertEquals(101, run.waitFor());
        String stdout = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(stdout.startsWith("\nrunning 5 tests\n"), stdout);
        assertTrue(stdout.contains("test tests::ok ... ok\n"), stdout);
        assertTrue(stdout.contains("test tests::fails ... FAILED\n"), stdout);
        assertTrue(stdout.contains("test tests::panics - should panic ... ok\n"), stdout);
        assertTrue(stdout.contains("test tests::skipped ... ignored\n"), stdout);
        assertTrue(stdout.contains("test tests::err ... FAILED\n"), stdout);
        assertTrue(stdout.contains("test result: FAILED. 2 passed; 2 failed; 1 ignored;"), stdout);
    }

    private static void write(CodegenOutput out, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : out.asMap().entrySet()) {
            Path file = dir.resolve(e.getKey() + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }

    private static Process start(Path dir, String mainClass) throws Exception {
        Path runtime = Path.of(Class.forName("brisk.runtime.Rt").getProtectionDomain().getCodeSource().getLocation().toURI());
        Path javaExe = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaExe.toString(), "-cp", runtime + File.pathSeparator + dir, mainClass)
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(mainClass + " did not finish");
        }
        return p;
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, RuntimeCallsTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
