package brisk.codegen;

import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrBlock;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrStmt;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrVariant;
import brisk.lower.ir.Place;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassHierarchyResolver.ClassHierarchyInfo;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.util.HashMap;
import java.util.Map;

/**
 * The class hierarchy stack-map generation needs to merge types at join points (a local holding
 * {@code Some} on one path and {@code None} on the other is an {@code Option}). Generated code's
 * only subclassing is enum variant → enum, so the hierarchy is the module's enums plus every
 * variant its IR mentions (variants of other crates' enums included). JDK classes come from the
 * platform; any other class is taken to extend {@code Object}, which is exact for structs and only
 * matters when two different such classes meet at a join, which IR does not produce.
 */
final class ClassHierarchy {
    private final Map<ClassDesc, ClassDesc> superclasses = new HashMap<>();

    private ClassHierarchy() {}

    static ClassHierarchyResolver resolverFor(IrModule module) {
        var hierarchy = new ClassHierarchy();
        for (IrAdt adt : module.adts()) {
            if (adt instanceof IrAdt.Enum e) {
                for (IrVariant v : e.variants()) {
                    hierarchy.variant(e.path(), v.name());
                }
            }
        }
        for (IrFunction fn : module.functions()) {
            for (IrBlock block : fn.blocks()) {
                hierarchy.scan(block);
            }
        }
        ClassHierarchyResolver known = cd -> {
            ClassDesc sup = hierarchy.superclasses.get(cd);
            return sup == null ? null : ClassHierarchyInfo.ofClass(sup);
        };
        ClassHierarchyResolver platform = cd -> cd.descriptorString().startsWith("Ljava/")
                ? ClassHierarchyResolver.defaultResolver().getClassInfo(cd) : null;
        return known.orElse(platform).orElse(_ -> ClassHierarchyInfo.ofClass(ConstantDescs.CD_Object));
    }

    private void variant(IrPath enumPath, String variant) {
        ClassDesc base = ClassDesc.ofInternalName(JvmNames.adtClass(enumPath));
        superclasses.put(ClassDesc.ofInternalName(JvmNames.variantClass(enumPath, variant)), base);
        superclasses.put(base, ConstantDescs.CD_Object);
    }

    private void scan(IrBlock block) {
        for (IrStmt stmt : block.statements()) {
            switch (stmt) {
                case IrStmt.Assign a -> {
                    scan(a.place());
                    scan(a.value());
                }
                case IrStmt.Eval e -> scan(e.value());
            }
        }
        switch (block.terminator()) {
            case IrTerminator.Branch b -> scan(b.condition());
            case IrTerminator.Switch s -> scan(s.value());
            case IrTerminator.Return r -> scan(r.value());
            case IrTerminator.Panic p -> scan(p.message());
            case IrTerminator.Goto _, IrTerminator.Unreachable _ -> { }
        }
    }

    private void scan(Place place) {
        switch (place) {
            case Place.Local _ -> { }
            case Place.Field f -> {
                scan(f.base());
                if (f.field().variant() != null) {
                    variant(f.field().adt(), f.field().variant());
                }
            }
            case Place.Deref d -> scan(d.cell());
            case Place.Index i -> {
                scan(i.array());
                scan(i.index());
            }
        }
    }

    private void scan(IrExpr expr) {
        switch (expr) {
            case IrExpr.IntConst _, IrExpr.BoolConst _, IrExpr.CharConst _, IrExpr.F32Const _, IrExpr.F64Const _,
                    IrExpr.UnitConst _, IrExpr.StringConst _ -> { }
            case IrExpr.Read r -> scan(r.place());
            case IrExpr.Copy c -> scan(c.value());
            case IrExpr.Arith a -> {
                scan(a.left());
                scan(a.right());
            }
            case IrExpr.Unary u -> scan(u.operand());
            case IrExpr.Compare c -> {
                scan(c.left());
                scan(c.right());
            }
            case IrExpr.Cast c -> scan(c.value());
            case IrExpr.NewStruct n -> n.fields().forEach(this::scan);
            case IrExpr.NewVariant n -> {
                variant(n.enumPath(), n.variant());
                n.fields().forEach(this::scan);
            }
            case IrExpr.Tag t -> scan(t.value());
            case IrExpr.Call c -> c.args().forEach(this::scan);
            case IrExpr.StaticCall c -> c.args().forEach(this::scan);
            case IrExpr.VirtualCall c -> {
                scan(c.receiver());
                c.args().forEach(this::scan);
            }
            case IrExpr.NewCell c -> scan(c.init());
            case IrExpr.NewArray a -> a.elements().forEach(this::scan);
            case IrExpr.ArrayRepeat r -> scan(r.value());
            case IrExpr.ArrayLength l -> scan(l.array());
        }
    }
}
