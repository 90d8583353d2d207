package brisk.codegen;

import static brisk.codegen.Ir.assign;
import static brisk.codegen.Ir.block;
import static brisk.codegen.Ir.branch;
import static brisk.codegen.Ir.i32;
import static brisk.codegen.Ir.i64;
import static brisk.codegen.Ir.jump;
import static brisk.codegen.Ir.read;
import static brisk.codegen.Ir.ret;
import static brisk.codegen.Ir.wrapping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.CmpOp;
import brisk.lower.ir.FieldRef;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrField;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.IrVariant;
import brisk.lower.ir.Place;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Structs with Copy semantics and enums matched by tag. */
class AdtTest {
    private static final IrPath ROOT = IrPath.of("c01");
    private static final IrPath POINT = ROOT.child("Point");
    private static final IrPath LINE = ROOT.child("Line");
    private static final IrPath WRAP = ROOT.child("Wrap");
    private static final IrPath OPTION = IrPath.of("c01", "opt", "Option");
    private static final IrType POINT_T = new IrType.Adt(POINT);
    private static final IrType LINE_T = new IrType.Adt(LINE);
    private static final IrType OPTION_T = new IrType.Adt(OPTION);

    private static final FieldRef POINT_X = FieldRef.ofStruct(POINT, "x", IrType.I32);
    private static final FieldRef POINT_Y = FieldRef.ofStruct(POINT, "y", IrType.I64);
    private static final FieldRef LINE_A = FieldRef.ofStruct(LINE, "a", POINT_T);
    private static final FieldRef WRAP_0 = FieldRef.ofStruct(WRAP, "0", IrType.I32);
    private static final FieldRef SOME_0 = FieldRef.ofVariant(OPTION, "Some", "0", IrType.I32);

    private static final List<IrAdt> ADTS = List.of(
            new IrAdt.Struct(POINT, List.of(new IrField("x", IrType.I32), new IrField("y", IrType.I64))),
            new IrAdt.Struct(LINE, List.of(new IrField("a", POINT_T), new IrField("b", POINT_T))),
            new IrAdt.Struct(WRAP, List.of(new IrField("0", IrType.I32))),
            new IrAdt.Struct(ROOT.child("Grid"), List.of(
                    new IrField("cells", new IrType.Array(new IrType.Array(IrType.I32))),
                    new IrField("points", new IrType.Array(POINT_T)),
                    new IrField("name", IrType.JAVA_STRING))),
            new IrAdt.Enum(OPTION, List.of(
                    new IrVariant("None", List.of()),
                    new IrVariant("Some", List.of(new IrField("0", IrType.I32))))));

    private static IrExpr point(int x, long y) {
        return new IrExpr.NewStruct(POINT, List.of(i32(x), i64(y)));
    }

    private static IrExpr field(IrExpr base, FieldRef f) {
        return read(new Place.Field(base, f));
    }

    /**
     * <pre>
     * let l = Line { a: Point { x: 1, y: 2 }, b: Point { x: 3, y: 4 } };
     * let mut m = l;            // Copy
     * m.a.x = 10;
     * let w = Wrap(7);
     * l.a.x * 100 + m.a.x + w.0 * 1000 + m.b.y as i32 * 10000
     * </pre>
     */
    @Test
    void structCopiesAreDeep() throws Throwable {
        var fn = new Ir.Fn(ROOT, "copies", IrType.I32);
        Place.Local l = fn.local(LINE_T);
        Place.Local m = fn.local(LINE_T);
        Place.Local w = fn.local(new IrType.Adt(WRAP));
        IrExpr lax = field(field(read(l), LINE_A), POINT_X);
        IrExpr max = field(field(read(m), LINE_A), POINT_X);
        IrExpr mby = field(field(read(m), FieldRef.ofStruct(LINE, "b", POINT_T)), POINT_Y);
        IrExpr result = wrapping(ArithOp.ADD,
                wrapping(ArithOp.ADD, wrapping(ArithOp.MUL, lax, i32(100)), max),
                wrapping(ArithOp.ADD, wrapping(ArithOp.MUL, field(read(w), WRAP_0), i32(1000)),
                        wrapping(ArithOp.MUL, new IrExpr.Cast(mby, IrType.I32), i32(10000))));
        fn.add(block(ret(result),
                assign(l, new IrExpr.NewStruct(LINE, List.of(point(1, 2), point(3, 4)))),
                assign(m, new IrExpr.Copy(read(l))),
                assign(new Place.Field(new IrExpr.Read(new Place.Field(read(m), LINE_A)), POINT_X), i32(10)),
                assign(w, new IrExpr.NewStruct(WRAP, List.of(i32(7))))));
        IrModule module = IrModule.library(List.of(fn.build()), ADTS);
        Loaded loaded = Loaded.compile(module);
        assertEquals(47110, loaded.call(ROOT, "copies"));
        Class<?> wrap = loaded.load(JvmNames.adtClass(WRAP));
        assertTrue(Modifier.isFinal(wrap.getModifiers()));
        assertEquals(int.class, wrap.getField("_0").getType());
        Loaded.assertSameOutput(module);
    }

    /**
     * <pre>
     * let t = (1i32, 2.5f64, Point { x: 1, y: 2 }, (true, 7u8));
     * let mut u = t; u.2.x = 9; u.3.1 = 8;
     * t.0 + u.2.x * 10 + t.2.x * 100 + u.3.1 as i32 * 1000 + t.3.1 as i32 * 10000 + (t.1 * 2.0) as i32 * 100000
     * </pre>
     */
    @Test
    void tuplesAreValues() throws Throwable {
        var fn = new Ir.Fn(ROOT, "tuples", IrType.I32);
        IrExpr inner = new IrExpr.NewTuple(List.of(new IrExpr.BoolConst(true), new IrExpr.IntConst(IntKind.U8, 7)));
        IrExpr outer = new IrExpr.NewTuple(List.of(i32(1), new IrExpr.F64Const(2.5), point(1, 2), inner));
        Place.Local t = fn.local(outer.type());
        Place.Local u = fn.local(outer.type());
        BiFunction<IrExpr, Integer, Place> elem = Place.TupleField::new;
        Function<Place.Local, Place> x2 = l -> new Place.Field(read(elem.apply(read(l), 2)), POINT_X);
        Function<Place.Local, Place> y31 = l -> elem.apply(read(elem.apply(read(l), 3)), 1);
        IrExpr sum = read(elem.apply(read(t), 0));
        sum = wrapping(ArithOp.ADD, sum, wrapping(ArithOp.MUL, read(x2.apply(u)), i32(10)));
        sum = wrapping(ArithOp.ADD, sum, wrapping(ArithOp.MUL, read(x2.apply(t)), i32(100)));
        sum = wrapping(ArithOp.ADD, sum, wrapping(ArithOp.MUL, new IrExpr.Cast(read(y31.apply(u)), IrType.I32), i32(1000)));
        sum = wrapping(ArithOp.ADD, sum, wrapping(ArithOp.MUL, new IrExpr.Cast(read(y31.apply(t)), IrType.I32), i32(10000)));
        IrExpr twice = wrapping(ArithOp.MUL, read(elem.apply(read(t), 1)), new IrExpr.F64Const(2.0));
        sum = wrapping(ArithOp.ADD, sum, wrapping(ArithOp.MUL, new IrExpr.Cast(twice, IrType.I32), i32(100000)));
        fn.add(block(ret(sum),
                assign(t, outer),
                assign(u, new IrExpr.Copy(read(t))),
                assign(x2.apply(u), i32(9)),
                assign(y31.apply(u), new IrExpr.IntConst(IntKind.U8, 8))));
        IrModule module = IrModule.library(List.of(fn.build()), ADTS);
        Loaded loaded = Loaded.compile(module);
        assertEquals(578191, loaded.call(ROOT, "tuples"));
        assertEquals(List.of("rs/$tuple/Tuple$IDLL", "rs/$tuple/Tuple$ZI"), Codegen.emitModule(module).classes().stream()
                .map(EmittedClass::internalName).filter(n -> n.contains("$tuple")).toList());
    }

    /** {@code fn unwrap_or(o: Option, d: i32) -> i32 { match o { None => d, Some(v) => v } }} */
    static IrFunction unwrapOr() {
        var fn = new Ir.Fn(ROOT, "unwrap_or", IrType.I32);
        Place.Local o = fn.param(OPTION_T);
        Place.Local d = fn.param(IrType.I32);
        return fn
                .add(block(new IrTerminator.Switch(new IrExpr.Tag(read(o)), List.of(
                        new IrTerminator.SwitchCase(0, 1), new IrTerminator.SwitchCase(1, 2)), 3)))
                .add(block(ret(read(d))))
                .add(block(ret(field(read(o), SOME_0))))
                .add(block(new IrTerminator.Unreachable()))
                .build();
    }

    /**
     * A local holding {@code Some} on one path and {@code None} on the other (the stack-map frames
     * must merge the variant classes into the enum class), then a copy whose payload is changed.
     * <pre>
     * let o = if flag { Some(7) } else { None };
     * let mut p = o;  if let Some(ref mut v) = p { *v += 1 }
     * unwrap_or(o, -1) * 100 + unwrap_or(p, -1)
     * </pre>
     */
    @Test
    void enumMatchAndVariantMerge() throws Throwable {
        var fn = new Ir.Fn(ROOT, "pick", IrType.I32);
        Place.Local flag = fn.param(IrType.BOOL);
        Place.Local o = fn.local(OPTION_T);
        Place.Local p = fn.local(OPTION_T);
        FnRef unwrapOr = new FnRef(ROOT, "unwrap_or", IrSig.of(IrType.I32, OPTION_T, IrType.I32));
        Place payload = new Place.Field(read(p), SOME_0);
        fn.add(block(branch(read(flag), 1, 2)))
                .add(block(jump(3), assign(o, new IrExpr.NewVariant(OPTION, "Some", List.of(i32(7))))))
                .add(block(jump(3), assign(o, new IrExpr.NewVariant(OPTION, "None", List.of()))))
                .add(block(branch(Ir.cmp(CmpOp.EQ, new IrExpr.Tag(read(p)), i32(1)), 4, 5),
                        assign(p, new IrExpr.Copy(read(o)))))
                .add(block(jump(5), assign(payload, wrapping(ArithOp.ADD, read(payload), i32(1)))))
                .add(block(ret(wrapping(ArithOp.ADD,
                        wrapping(ArithOp.MUL, new IrExpr.Call(unwrapOr, List.of(read(o), i32(-1))), i32(100)),
                        new IrExpr.Call(unwrapOr, List.of(read(p), i32(-1)))))));
        Loaded loaded = Loaded.compile(IrModule.library(List.of(unwrapOr(), fn.build()), ADTS));
        assertEquals(708, loaded.call(ROOT, "pick", true));
        assertEquals(-101, loaded.call(ROOT, "pick", false));
        Class<?> some = loaded.load(JvmNames.variantClass(OPTION, "Some"));
        assertEquals(loaded.load(JvmNames.adtClass(OPTION)), some.getSuperclass());
        assertEquals("rs.c01.opt.Option$Some", some.getName());
    }

    /** An enum of another crate, known only through the variants the IR mentions. */
    @Test
    void variantsOfForeignEnumsMerge() throws Throwable {
        IrPath foreign = IrPath.of("dep", "E");
        IrType foreignT = new IrType.Adt(foreign);
        var fn = new Ir.Fn(ROOT, "make", foreignT);
        Place.Local flag = fn.param(IrType.BOOL);
        Place.Local e = fn.local(foreignT);
        fn.add(block(branch(read(flag), 1, 2)))
                .add(block(jump(3), assign(e, new IrExpr.NewVariant(foreign, "A", List.of()))))
                .add(block(jump(3), assign(e, new IrExpr.NewVariant(foreign, "B", List.of()))))
                .add(block(ret(read(e))));
        CodegenOutput lib = Codegen.emitModule(IrModule.library(List.of(), List.of(
                new IrAdt.Enum(foreign, List.of(new IrVariant("A", List.of()), new IrVariant("B", List.of()))))));
        CodegenOutput user = Codegen.emitModule(IrModule.library(List.of(fn.build()), List.of()));
        var all = new java.util.ArrayList<>(lib.classes());
        all.addAll(user.classes());
        Loaded.verify(new CodegenOutput(all));
        assertEquals(List.of("rs/c01/$mod"), user.classes().stream().map(EmittedClass::internalName).toList());
    }
}
