package brisk.codegen;

import static brisk.codegen.Ir.block;
import static brisk.codegen.Ir.i32;
import static brisk.codegen.Ir.read;
import static brisk.codegen.Ir.ret;
import static brisk.codegen.Ir.retUnit;
import static brisk.codegen.Ir.wrapping;
import static org.junit.jupiter.api.Assertions.assertEquals;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.FieldRef;
import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrField;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Function pointers and closures: lower turns a closure into a function taking its captures first. */
class ClosureTest {
    private static final IrPath ROOT = IrPath.of("c04");
    private static final IrPath OTHER = IrPath.of("c04", "other");
    private static final IrPath BOX = ROOT.child("Boxed");
    private static final IrType BOX_T = new IrType.Adt(BOX);
    private static final FieldRef BOX_V = FieldRef.ofStruct(BOX, "v", IrType.I64);
    private static final IrType I32_TO_I32 = new IrType.FnPtr(IrSig.of(IrType.I32, IrType.I32));

    private static IrFunction fn(IrPath module, String name, IrType result, List<IrType> params,
            Function<List<Place.Local>, IrExpr> body) {
        var f = new Ir.Fn(module, name, result);
        List<Place.Local> ps = params.stream().map(f::param).toList();
        return f.add(block(ret(body.apply(ps)))).build();
    }

    /**
     * <pre>
     * fn apply(f: fn(i32) -> i32, x: i32) -> i32 { f(x) }
     * fn double(x: i32) -> i32 { x * 2 }                       // in another module
     * fn boxed(b: Boxed, k: i32) -> Boxed { Boxed { v: b.v + k as i64 } }  // closure capturing b
     * fn run() -> i64 {
     *     let y = 10;
     *     let add_y = |x| x + y;
     *     let b = Boxed { v: 100 };
     *     let make = |k| boxed(b, k);                         // returns an object: erased, cast back
     *     let nothing = || ();
     *     nothing();
     *     (apply(add_y, 5) + apply(double, 21)) as i64 * 1000 + make(7).v
     * }
     * </pre>
     */
    @Test
    void closuresAndFunctionPointers() throws Throwable {
        IrFunction apply = fn(ROOT, "apply", IrType.I32, List.of(I32_TO_I32, IrType.I32),
                p -> new IrExpr.CallFn(read(p.get(0)), List.of(read(p.get(1)))));
        IrFunction doubler = fn(OTHER, "double", IrType.I32, List.of(IrType.I32),
                p -> wrapping(ArithOp.MUL, read(p.get(0)), i32(2)));
        IrFunction addY = fn(ROOT, "run$closure0", IrType.I32, List.of(IrType.I32, IrType.I32),
                p -> wrapping(ArithOp.ADD, read(p.get(1)), read(p.get(0))));
        IrFunction boxed = fn(ROOT, "boxed", BOX_T, List.of(BOX_T, IrType.I32),
                p -> new IrExpr.NewStruct(BOX, List.of(wrapping(ArithOp.ADD, read(new Place.Field(read(p.get(0)), BOX_V)),
                        new IrExpr.Cast(read(p.get(1)), IrType.I64)))));
        var nothing = new Ir.Fn(ROOT, "run$closure1", IrType.UNIT);
        nothing.add(block(retUnit()));

        var run = new Ir.Fn(ROOT, "run", IrType.I64);
        Place.Local y = run.local(IrType.I32);
        Place.Local b = run.local(BOX_T);
        IrExpr addYFn = new IrExpr.MakeFn(addY.ref(), List.of(read(y)));
        IrExpr make = new IrExpr.MakeFn(boxed.ref(), List.of(read(b)));
        IrExpr applyAddY = new IrExpr.Call(apply.ref(), List.of(addYFn, i32(5)));
        IrExpr applyDouble = new IrExpr.Call(apply.ref(), List.of(new IrExpr.MakeFn(doubler.ref(), List.of()), i32(21)));
        IrExpr made = read(new Place.Field(new IrExpr.CallFn(make, List.of(i32(7))), BOX_V));
        run.add(block(ret(wrapping(ArithOp.ADD,
                        wrapping(ArithOp.MUL, new IrExpr.Cast(wrapping(ArithOp.ADD, applyAddY, applyDouble), IrType.I64),
                                Ir.i64(1000)),
                        made)),
                Ir.assign(y, i32(10)),
                Ir.assign(b, new IrExpr.NewStruct(BOX, List.of(Ir.i64(100)))),
                Ir.eval(new IrExpr.CallFn(new IrExpr.MakeFn(nothing.build().ref(), List.of()), List.of()))));

        IrModule module = IrModule.library(List.of(apply, doubler, addY, boxed, nothing.build(), run.build()),
                List.of(new IrAdt.Struct(BOX, List.of(new IrField("v", IrType.I64)))));
        Loaded loaded = Loaded.compile(module);
        assertEquals(57_107L, loaded.call(ROOT, "run"));
        assertEquals(List.of("rs/$fn/Fn$$V", "rs/$fn/Fn$I$I", "rs/$fn/Fn$I$L"), Codegen.classNames(module).stream()
                .filter(n -> n.contains("$fn")).toList());
        Loaded.assertSameOutput(module);
    }
}
