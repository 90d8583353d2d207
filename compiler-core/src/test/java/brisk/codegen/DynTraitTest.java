package brisk.codegen;

import static brisk.codegen.Ir.assign;
import static brisk.codegen.Ir.block;
import static brisk.codegen.Ir.branch;
import static brisk.codegen.Ir.eval;
import static brisk.codegen.Ir.i32;
import static brisk.codegen.Ir.jump;
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
import brisk.lower.ir.IrImpl;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrTrait;
import brisk.lower.ir.IrType;
import brisk.lower.ir.IrVariant;
import brisk.lower.ir.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code dyn Trait}: a struct and an enum implement {@code Shape}; the struct also implements
 * {@code Named}, whose {@code tag} has the same name and signature as {@code Shape::tag} (and as
 * the enum's own {@code tag()}), so the interface methods must not collide.
 */
class DynTraitTest {
    private static final IrPath ROOT = IrPath.of("c05");
    private static final IrPath SHAPE = ROOT.child("Shape");
    private static final IrPath NAMED = IrPath.of("c05", "names", "Named");
    private static final IrPath CIRCLE = ROOT.child("Circle");
    private static final IrPath POLY = ROOT.child("Poly");
    private static final IrType CIRCLE_T = new IrType.Adt(CIRCLE);
    private static final IrType POLY_T = new IrType.Adt(POLY);
    private static final IrType SHAPE_T = new IrType.Dyn(SHAPE);
    private static final FieldRef R = FieldRef.ofStruct(CIRCLE, "r", IrType.F64);
    private static final FieldRef SQUARE_0 = FieldRef.ofVariant(POLY, "Square", "0", IrType.F64);
    private static final FieldRef RECT_0 = FieldRef.ofVariant(POLY, "Rect", "0", IrType.F64);
    private static final FieldRef RECT_1 = FieldRef.ofVariant(POLY, "Rect", "1", IrType.F64);
    private static final IrSig AREA = IrSig.of(IrType.F64);
    private static final IrSig SCALE = IrSig.of(IrType.UNIT, IrType.F64);
    private static final IrSig TAG = IrSig.of(IrType.I32);

    private static IrExpr mul(IrExpr a, IrExpr b) {
        return wrapping(ArithOp.MUL, a, b);
    }

    private static IrExpr f64(double v) {
        return new IrExpr.F64Const(v);
    }

    private static IrFunction constant(String name, IrType self, int value) {
        var f = new Ir.Fn(ROOT, name, IrType.I32);
        f.param(self);
        return f.add(block(ret(i32(value)))).build();
    }

    @Test
    void traitObjectsDispatchThroughInterfaces() throws Throwable {
        var circleArea = new Ir.Fn(ROOT, "Circle$area", IrType.F64);
        Place.Local c = circleArea.param(CIRCLE_T);
        circleArea.add(block(ret(mul(mul(read(new Place.Field(read(c), R)), read(new Place.Field(read(c), R))), f64(3)))));
        var circleScale = new Ir.Fn(ROOT, "Circle$scale", IrType.UNIT);
        Place.Local c2 = circleScale.param(CIRCLE_T);
        Place.Local k = circleScale.param(IrType.F64);
        Place r = new Place.Field(read(c2), R);
        circleScale.add(block(retUnit(), assign(r, mul(read(r), read(k)))));

        var polyArea = new Ir.Fn(ROOT, "Poly$area", IrType.F64);
        Place.Local p = polyArea.param(POLY_T);
        polyArea.add(block(new IrTerminator.Switch(new IrExpr.Tag(read(p)), List.of(
                        new IrTerminator.SwitchCase(0, 1), new IrTerminator.SwitchCase(1, 2)), 3)))
                .add(block(ret(mul(read(new Place.Field(read(p), SQUARE_0)), read(new Place.Field(read(p), SQUARE_0))))))
                .add(block(ret(mul(read(new Place.Field(read(p), RECT_0)), read(new Place.Field(read(p), RECT_1))))))
                .add(block(new IrTerminator.Unreachable()));
        var polyScale = new Ir.Fn(ROOT, "Poly$scale", IrType.UNIT);
        Place.Local p2 = polyScale.param(POLY_T);
        Place.Local k2 = polyScale.param(IrType.F64);
        Place sq = new Place.Field(read(p2), SQUARE_0);
        Place w = new Place.Field(read(p2), RECT_0);
        Place h = new Place.Field(read(p2), RECT_1);
        polyScale.add(block(new IrTerminator.Switch(new IrExpr.Tag(read(p2)), List.of(
                        new IrTerminator.SwitchCase(0, 1), new IrTerminator.SwitchCase(1, 2)), 3)))
                .add(block(retUnit(), assign(sq, mul(read(sq), read(k2)))))
                .add(block(retUnit(), assign(w, mul(read(w), read(k2))), assign(h, mul(read(h), read(k2)))))
                .add(block(new IrTerminator.Unreachable()));

        IrFunction circleTag = constant("Circle$tag", CIRCLE_T, 1);
        IrFunction circleNamedTag = constant("Circle$Named$tag", CIRCLE_T, 2);
        IrFunction polyTag = constant("Poly$tag", POLY_T, 3);
        IrFunction ca = circleArea.build();
        IrFunction cs = circleScale.build();
        IrFunction pa = polyArea.build();
        IrFunction ps = polyScale.build();

        // fn run(flag) -> f64 { let s: &mut dyn Shape = if flag { Circle { r: 1 } } else { Rect(2, 3) };
        //                       s.scale(2.0); s.area() + s.tag() as f64 * 1000 }
        var run = new Ir.Fn(ROOT, "run", IrType.F64);
        Place.Local flag = run.param(IrType.BOOL);
        Place.Local s = run.local(SHAPE_T);
        IrExpr area = new IrExpr.DynCall("area", AREA, read(s), List.of());
        IrExpr tag = new IrExpr.DynCall("tag", TAG, read(s), List.of());
        run.add(block(branch(read(flag), 1, 2)))
                .add(block(jump(3), assign(s, new IrExpr.ToDyn(new IrExpr.NewStruct(CIRCLE, List.of(f64(1))), SHAPE))))
                .add(block(jump(3), assign(s, new IrExpr.ToDyn(
                        new IrExpr.NewVariant(POLY, "Rect", List.of(f64(2), f64(3))), SHAPE))))
                .add(block(ret(wrapping(ArithOp.ADD, area, mul(new IrExpr.Cast(tag, IrType.F64), f64(1000)))),
                        eval(new IrExpr.DynCall("scale", SCALE, read(s), List.of(f64(2))))));
        var named = new Ir.Fn(ROOT, "named", IrType.I32);
        named.add(block(ret(new IrExpr.DynCall("tag", TAG, new IrExpr.ToDyn(
                new IrExpr.NewStruct(CIRCLE, List.of(f64(1))), NAMED), List.of()))));

        List<IrAdt> adts = List.of(
                new IrAdt.Struct(CIRCLE, List.of(new IrField("r", IrType.F64)), List.of(
                        new IrImpl(SHAPE, List.of(new IrImpl.Method("area", ca.ref()), new IrImpl.Method("scale", cs.ref()),
                                new IrImpl.Method("tag", circleTag.ref()))),
                        new IrImpl(NAMED, List.of(new IrImpl.Method("tag", circleNamedTag.ref()))))),
                new IrAdt.Enum(POLY, List.of(
                        new IrVariant("Square", List.of(new IrField("0", IrType.F64))),
                        new IrVariant("Rect", List.of(new IrField("0", IrType.F64), new IrField("1", IrType.F64)))),
                        List.of(new IrImpl(SHAPE, List.of(new IrImpl.Method("area", pa.ref()),
                                new IrImpl.Method("scale", ps.ref()), new IrImpl.Method("tag", polyTag.ref()))))));
        List<IrTrait> traits = List.of(
                new IrTrait(SHAPE, List.of(new IrTrait.Method("area", AREA), new IrTrait.Method("scale", SCALE),
                        new IrTrait.Method("tag", TAG))),
                new IrTrait(NAMED, List.of(new IrTrait.Method("tag", TAG))));
        IrModule module = new IrModule(List.of(ca, cs, pa, ps, circleTag, circleNamedTag, polyTag, run.build(),
                named.build()), adts, traits, List.of(), null);
        Loaded loaded = Loaded.compile(module);
        assertEquals(1012.0, loaded.call(ROOT, "run", true));
        assertEquals(3024.0, loaded.call(ROOT, "run", false));
        assertEquals(2, loaded.call(ROOT, "named"));
        Loaded.assertSameOutput(module);
    }
}
