package brisk.codegen;

import static brisk.codegen.Ir.block;
import static brisk.codegen.Ir.i32;
import static brisk.codegen.Ir.read;
import static brisk.codegen.Ir.ret;
import static brisk.codegen.Ir.wrapping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.lower.ir.ArithOp;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Erased callables (Objects in and out) are the runtime's RFnN; Box/Unbox cross between IR values and Objects. */
class ErasedCallableTest {
    private static final IrPath ROOT = IrPath.of("e01");

    /**
     * <pre>
     * let k: i64 = 5;
     * let f = move |x| (x as i64 + k) as Object;   // erased: (captured long, Object) -> Object
     * (f(Box(37)) unboxed as i64) + if f(Box(0)) is a Long then 0 else 1
     * </pre>
     */
    @Test
    void erasedClosuresAreRuntimeInterfacesAndBoxRoundTrips() throws Throwable {
        var closure = new Ir.Fn(ROOT, "run$closure0", IrType.OBJECT);
        var k = closure.param(IrType.I64);
        var x = closure.param(IrType.OBJECT);
        closure.add(block(ret(new IrExpr.Box(wrapping(ArithOp.ADD,
                new IrExpr.Cast(new IrExpr.Unbox(read(x), IrType.I32), IrType.I64), read(k))))));
        var built = closure.build();
        var run = new Ir.Fn(ROOT, "run", IrType.I64);
        IrExpr f = new IrExpr.MakeFn(built.ref(), List.of(Ir.i64(5)));
        assertEquals("brisk/runtime/RFn1", JvmNames.fnInterface((IrType.FnPtr) f.type()));
        run.add(block(ret(new IrExpr.Unbox(new IrExpr.CallFn(f, List.of(new IrExpr.Box(i32(37)))), IrType.I64))));
        IrModule module = IrModule.library(List.of(built, run.build()), List.of());
        Loaded loaded = Loaded.compile(module);
        assertEquals(42L, loaded.call(ROOT, "run"));
        assertTrue(Codegen.classNames(module).stream().noneMatch(n -> n.contains("$fn")),
                "runtime interfaces are not emitted: " + Codegen.classNames(module));
        assertEquals(IrType.OBJECT, new IrExpr.Box(new IrExpr.UnitConst()).type());
        assertEquals(new IrSig(List.of(IrType.OBJECT), IrType.OBJECT), ((IrType.FnPtr) f.type()).sig());
    }
}
