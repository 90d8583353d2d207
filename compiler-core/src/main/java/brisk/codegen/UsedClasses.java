package brisk.codegen;

import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrBlock;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrField;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrLocal;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrStmt;
import brisk.lower.ir.IrTerminator;
import brisk.lower.ir.IrType;
import brisk.lower.ir.IrVariant;
import brisk.lower.ir.Place;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassHierarchyResolver.ClassHierarchyInfo;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a module's IR refers to beyond its own declarations: enum variant classes (of this or other
 * crates), tuple shapes and callable shapes. Variants give the class hierarchy the stack-map
 * generator needs to merge types at join points (a local holding {@code Some} on one path and {@code None} on the
 * other is an {@code Option}); tuple and callable shapes are the shared classes and interfaces
 * the module emits.
 */
final class UsedClasses {
    private final Map<ClassDesc, ClassDesc> superclasses = new HashMap<>();
    private final Map<String, IrType.Tuple> tuples = new TreeMap<>();
    private final Map<String, IrType.FnPtr> fnInterfaces = new TreeMap<>();
    private final Set<ClassDesc> traitInterfaces = new HashSet<>();

    private UsedClasses() {}

    static UsedClasses of(IrModule module) {
        var used = new UsedClasses();
        for (IrAdt adt : module.adts()) {
            switch (adt) {
                case IrAdt.Struct s -> s.fields().forEach(f -> used.type(f.type()));
                case IrAdt.Enum e -> {
                    for (IrVariant v : e.variants()) {
                        used.variant(e.path(), v.name());
                        v.fields().stream().map(IrField::type).forEach(used::type);
                    }
                }
            }
        }
        module.statics().forEach(st -> used.type(st.type()));
        module.traits().forEach(t -> used.type(new IrType.Dyn(t.path())));
        for (IrFunction fn : module.functions()) {
            fn.locals().stream().map(IrLocal::type).forEach(used::type);
            used.type(fn.sig().result());
            for (IrBlock block : fn.blocks()) {
                used.scan(block);
            }
        }
        return used;
    }

    /** Tuple shapes by class name, in name order. */
    Map<String, IrType.Tuple> tuples() {
        return tuples;
    }

    /** Callable shapes by interface name, in name order. */
    Map<String, IrType.FnPtr> fnInterfaces() {
        return fnInterfaces;
    }

    /**
     * Generated code's only subclassing is variant → enum, known from the scan. JDK classes come
     * from the platform; any other class is taken to extend {@code Object}, which is exact for
     * structs, tuples and cells and only matters when two different such classes meet at a join,
     * which IR does not produce.
     */
    ClassHierarchyResolver resolver() {
        ClassHierarchyResolver known = cd -> {
            ClassDesc sup = superclasses.get(cd);
            if (sup != null) {
                return ClassHierarchyInfo.ofClass(sup);
            }
            String name = cd.descriptorString();
            return fnInterfaces.containsKey(name.substring(1, name.length() - 1)) || traitInterfaces.contains(cd)
                    ? ClassHierarchyInfo.ofInterface() : null;
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

    private void type(IrType type) {
        switch (type) {
            case IrType.Tuple t -> {
                tuples.put(JvmNames.tupleClass(t), t);
                t.elements().forEach(this::type);
            }
            case IrType.FnPtr f -> {
                if (!JvmNames.isRuntimeFnInterface(f)) {
                    fnInterfaces.put(JvmNames.fnInterface(f), f);
                }
                f.sig().params().forEach(this::type);
                type(f.sig().result());
            }
            case IrType.Dyn d -> traitInterfaces.add(JvmNames.desc(d));
            case IrType.Array a -> type(a.element());
            case IrType.Ref r -> type(r.pointee());
            default -> { }
        }
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
            case IrTerminator.Goto _, IrTerminator.Unreachable _, IrTerminator.Resume _ -> { }
        }
    }

    private void scan(Place place) {
        switch (place) {
            case Place.Local _, Place.Static _ -> { }
            case Place.Field f -> {
                scan(f.base());
                if (f.field().variant() != null) {
                    variant(f.field().adt(), f.field().variant());
                }
            }
            case Place.TupleField t -> scan(t.base());
            case Place.Deref d -> scan(d.cell());
            case Place.Index i -> {
                scan(i.array());
                scan(i.index());
            }
        }
    }

    private void scan(IrExpr expr) {
        type(expr.type());
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
            case IrExpr.NewTuple n -> n.elements().forEach(this::scan);
            case IrExpr.NewVariant n -> {
                variant(n.enumPath(), n.variant());
                n.fields().forEach(this::scan);
            }
            case IrExpr.Tag t -> scan(t.value());
            case IrExpr.Call c -> c.args().forEach(this::scan);
            case IrExpr.StaticCall c -> c.args().forEach(this::scan);
            case IrExpr.ConstantCall c -> c.args().forEach(this::scan);
            case IrExpr.ToDyn d -> scan(d.value());
            case IrExpr.DynCall c -> {
                scan(c.receiver());
                c.args().forEach(this::scan);
            }
            case IrExpr.VirtualCall c -> {
                scan(c.receiver());
                c.args().forEach(this::scan);
            }
            case IrExpr.MakeFn m -> m.captured().forEach(this::scan);
            case IrExpr.CallFn c -> {
                scan(c.callee());
                c.args().forEach(this::scan);
            }
            case IrExpr.NewCell c -> scan(c.init());
            case IrExpr.NewArray a -> a.elements().forEach(this::scan);
            case IrExpr.ArrayRepeat r -> scan(r.value());
            case IrExpr.ArrayLength l -> scan(l.array());
            case IrExpr.Box b -> scan(b.value());
            case IrExpr.Unbox u -> {
                scan(u.boxed());
                type(u.target());
            }
        }
    }
}
