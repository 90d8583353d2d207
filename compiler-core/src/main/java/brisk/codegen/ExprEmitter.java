package brisk.codegen;

import brisk.lower.ir.FieldRef;
import brisk.lower.ir.IntKind;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrLocal;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrType;
import brisk.lower.ir.Place;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits expression trees as JVM stack code, and the loads and stores of places. Each expression
 * leaves exactly its value on the stack (nothing for unit and never). Integer results are kept
 * normalized (see {@link IntKind}); operators go to {@link ArithEmitter}, conditions to
 * {@link BranchEmitter}.
 */
final class ExprEmitter {
    static final DirectMethodHandleDesc LAMBDA_METAFACTORY = ConstantDescs.ofCallsiteBootstrap(
            ClassDesc.of("java.lang.invoke.LambdaMetafactory"), "metafactory", ConstantDescs.CD_CallSite,
            ConstantDescs.CD_MethodType, ConstantDescs.CD_MethodHandle, ConstantDescs.CD_MethodType);

    private final CodeBuilder code;
    private final List<IrLocal> locals;
    private final int[] slots;
    /** A long slot for values held only between two instructions with no sub-expression in between; -1 until used. */
    private int scratchLong = -1;
    /** Scratch slots by {@link TypeKind#ordinal()}; -1 until used. */
    private final int[] valueScratch = new int[TypeKind.values().length];
    private final ArithEmitter arith;
    private final BranchEmitter branches;

    ExprEmitter(CodeBuilder code, List<IrLocal> locals, int[] slots) {
        this.code = code;
        this.locals = locals;
        this.slots = slots;
        java.util.Arrays.fill(valueScratch, -1);
        this.arith = new ArithEmitter(this, code);
        this.branches = new BranchEmitter(this, code);
    }

    // ---- expressions ----

    void emit(IrExpr expr) {
        switch (expr) {
            case IrExpr.IntConst c -> {
                if (c.kind().isLong()) {
                    code.loadConstant(c.value());
                } else {
                    code.loadConstant((int) c.value());
                }
            }
            case IrExpr.BoolConst c -> code.loadConstant(c.value() ? 1 : 0);
            case IrExpr.CharConst c -> code.loadConstant(c.codePoint());
            case IrExpr.F32Const c -> {
                int bits = Float.floatToRawIntBits(c.value());
                if (Float.isNaN(c.value()) && bits != Float.floatToIntBits(Float.NaN)) {
                    // The constant pool does not keep NaN payloads; Rust's from_bits/to_bits do.
                    code.loadConstant(bits).invokestatic(ConstantDescs.CD_Float, "intBitsToFloat",
                            MethodTypeDesc.of(ConstantDescs.CD_float, ConstantDescs.CD_int));
                } else {
                    code.loadConstant(c.value());
                }
            }
            case IrExpr.F64Const c -> {
                long bits = Double.doubleToRawLongBits(c.value());
                if (Double.isNaN(c.value()) && bits != Double.doubleToLongBits(Double.NaN)) {
                    code.loadConstant(bits).invokestatic(ConstantDescs.CD_Double, "longBitsToDouble",
                            MethodTypeDesc.of(ConstantDescs.CD_double, ConstantDescs.CD_long));
                } else {
                    code.loadConstant(c.value());
                }
            }
            case IrExpr.UnitConst _ -> { }
            case IrExpr.StringConst c -> code.ldc(c.value());
            case IrExpr.Read r -> load(r.place());
            case IrExpr.Copy c -> {
                emit(c.value());
                CopyEmitter.emit(code, c.type());
            }
            case IrExpr.Arith a -> arith.arith(a);
            case IrExpr.Unary u -> arith.unary(u);
            case IrExpr.Compare c -> {
                Label isFalse = code.newLabel();
                Label end = code.newLabel();
                branches.branchIf(c, false, isFalse);
                code.iconst_1().goto_(end).labelBinding(isFalse);
                code.iconst_0().labelBinding(end);
            }
            case IrExpr.Cast c -> {
                emit(c.value());
                CastEmitter.emit(code, c.value().type(), c.target());
            }
            case IrExpr.NewStruct n -> construct(ClassDesc.ofInternalName(JvmNames.adtClass(n.struct())), n.fields());
            case IrExpr.NewTuple n -> {
                ClassDesc cls = JvmNames.desc(n.type());
                code.new_(cls).dup();
                var params = new ArrayList<ClassDesc>();
                for (IrExpr e : n.elements()) {
                    emit(e);
                    params.add(JvmNames.tupleFieldDesc(e.type()));
                }
                code.invokespecial(cls, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, params));
            }
            case IrExpr.NewVariant n ->
                    construct(ClassDesc.ofInternalName(JvmNames.variantClass(n.enumPath(), n.variant())), n.fields());
            case IrExpr.Tag t -> {
                emit(t.value());
                code.invokevirtual(JvmNames.desc(t.value().type()), "tag", MethodTypeDesc.of(ConstantDescs.CD_int));
            }
            case IrExpr.Call c -> {
                args(c.args());
                code.invokestatic(ClassDesc.ofInternalName(JvmNames.moduleClass(c.fn().module())), c.fn().name(),
                        JvmNames.methodType(c.fn().sig()));
            }
            case IrExpr.StaticCall c -> {
                args(c.args());
                code.invokestatic(ClassDesc.ofInternalName(c.owner()), c.name(), JvmNames.methodType(c.sig()));
            }
            case IrExpr.ConstantCall c -> {
                var constants = new ArrayList<ConstantDesc>();
                for (IrExpr a : c.args()) {
                    constants.add(switch (a) {
                        case IrExpr.StringConst s -> s.value();
                        case IrExpr.IntConst i -> i.kind().isLong() ? (ConstantDesc) i.value() : (ConstantDesc) (int) i.value();
                        case IrExpr.CharConst ch -> ch.codePoint();
                        case IrExpr.F32Const f -> f.value();
                        case IrExpr.F64Const d -> d.value();
                        default -> throw new IllegalStateException("not a constant: " + a);
                    });
                }
                MethodHandleDesc target = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
                        ClassDesc.ofInternalName(c.owner()), c.name(), JvmNames.methodType(c.sig()));
                var all = new ArrayList<ConstantDesc>();
                all.add(target);
                all.addAll(constants);
                code.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_INVOKE, "_", JvmNames.desc(c.type()),
                        all.toArray(ConstantDesc[]::new)));
            }
            case IrExpr.ToDyn d -> {
                emit(d.value());
                code.checkcast(JvmNames.desc(d.type()));
            }
            case IrExpr.DynCall c -> {
                emit(c.receiver());
                args(c.args());
                IrType.Dyn dyn = (IrType.Dyn) c.receiver().type();
                code.invokeinterface(JvmNames.desc(dyn), JvmNames.dynMethod(dyn.trait(), c.method()),
                        JvmNames.methodType(c.sig()));
            }
            case IrExpr.VirtualCall c -> {
                emit(c.receiver());
                args(c.args());
                ClassDesc owner = ClassDesc.ofInternalName(c.owner());
                if (c.isInterface()) {
                    code.invokeinterface(owner, c.name(), JvmNames.methodType(c.sig()));
                } else {
                    code.invokevirtual(owner, c.name(), JvmNames.methodType(c.sig()));
                }
            }
            case IrExpr.MakeFn m -> makeFn(m);
            case IrExpr.CallFn c -> {
                emit(c.callee());
                args(c.args());
                IrType.FnPtr fn = (IrType.FnPtr) c.callee().type();
                code.invokeinterface(JvmNames.desc(fn), "call", JvmNames.fnErasedType(fn));
                IrType result = fn.sig().result();
                if (JvmNames.kind(result) == TypeKind.REFERENCE && !JvmNames.desc(result).equals(ConstantDescs.CD_Object)) {
                    code.checkcast(JvmNames.desc(result));
                }
            }
            case IrExpr.NewCell c -> {
                TypeKind kind = JvmNames.kind(c.init().type());
                ClassDesc cell = RuntimeApi.cellClass(kind);
                code.new_(cell).dup();
                emit(c.init());
                code.invokespecial(cell, ConstantDescs.INIT_NAME,
                        MethodTypeDesc.of(ConstantDescs.CD_void, RuntimeApi.cellValue(kind)));
            }
            case IrExpr.NewArray a -> {
                code.loadConstant(a.elements().size());
                TypeKind kind = JvmNames.arrayElementKind(a.element());
                if (kind == TypeKind.REFERENCE) {
                    code.anewarray(JvmNames.desc(a.element()));
                } else {
                    code.newarray(kind);
                }
                for (int i = 0; i < a.elements().size(); i++) {
                    code.dup().loadConstant(i);
                    emit(a.elements().get(i));
                    code.arrayStore(kind);
                }
            }
            case IrExpr.Box b -> {
                emit(b.value());
                BoxEmitter.box(code, b.value().type());
            }
            case IrExpr.Unbox u -> {
                emit(u.boxed());
                BoxEmitter.unbox(code, u.target());
            }
            case IrExpr.ArrayRepeat r -> arrayRepeat(r);
            case IrExpr.ArrayLength l -> {
                emit(l.array());
                code.arraylength().i2l();
            }
        }
    }

    /** {@code [value; count]}: one shared value for scalars and references, else a copy per element. */
    private void arrayRepeat(IrExpr.ArrayRepeat r) {
        IrType element = r.value().type();
        TypeKind kind = JvmNames.arrayElementKind(element);
        emit(r.value());
        if (!CopyEmitter.needsCopy(element)) {
            int value = code.allocateLocal(JvmNames.kind(element));
            code.storeLocal(JvmNames.kind(element), value).loadConstant(r.count());
            if (kind == TypeKind.REFERENCE) {
                code.anewarray(JvmNames.desc(element));
            } else {
                code.newarray(kind);
            }
            ClassDesc fillValue = kind == TypeKind.REFERENCE ? ConstantDescs.CD_Object : JvmNames.arrayComponentDesc(element);
            ClassDesc fillArray = kind == TypeKind.REFERENCE ? ConstantDescs.CD_Object.arrayType()
                    : JvmNames.desc(r.type());
            code.dup().loadLocal(JvmNames.kind(element), value)
                    .invokestatic(ClassDesc.of("java.util.Arrays"), "fill",
                            MethodTypeDesc.of(ConstantDescs.CD_void, fillArray, fillValue));
            return;
        }
        int value = code.allocateLocal(TypeKind.REFERENCE);
        int index = code.allocateLocal(TypeKind.INT);
        Label head = code.newLabel();
        Label done = code.newLabel();
        code.astore(value)
                .loadConstant(r.count()).anewarray(JvmNames.desc(element))
                .iconst_0().istore(index)
                .labelBinding(head)
                .iload(index).loadConstant(r.count()).if_icmpge(done)
                .dup().iload(index).aload(value);
        CopyEmitter.emit(code, element);
        code.aastore().iinc(index, 1).goto_(head).labelBinding(done);
    }

    /**
     * A lambda (LambdaMetafactory) implementing the callable shape's interface by calling the
     * target's static method with the captured values first; the metafactory casts the erased
     * arguments to the target's precise types.
     */
    private void makeFn(IrExpr.MakeFn m) {
        IrType.FnPtr fn = (IrType.FnPtr) m.type();
        var capturedTypes = new ArrayList<ClassDesc>();
        for (IrExpr c : m.captured()) {
            emit(c);
            if (!c.type().isVoid()) {
                capturedTypes.add(JvmNames.desc(c.type()));
            }
        }
        ClassDesc owner = ClassDesc.ofInternalName(JvmNames.moduleClass(m.target().module()));
        code.invokedynamic(DynamicCallSiteDesc.of(LAMBDA_METAFACTORY, "call",
                MethodTypeDesc.of(JvmNames.desc(fn), capturedTypes),
                JvmNames.fnErasedType(fn),
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, owner, m.target().name(),
                        JvmNames.methodType(m.target().sig())),
                JvmNames.methodType(fn.sig())));
    }

    private void args(List<IrExpr> args) {
        for (IrExpr arg : args) {
            emit(arg);
        }
    }

    private void construct(ClassDesc cls, List<IrExpr> fields) {
        code.new_(cls).dup();
        var params = new ArrayList<ClassDesc>();
        for (IrExpr f : fields) {
            emit(f);
            if (!f.type().isVoid()) {
                params.add(JvmNames.desc(f.type()));
            }
        }
        code.invokespecial(cls, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, params));
    }

    // ---- places ----

    void load(Place place) {
        switch (place) {
            case Place.Local l -> {
                int slot = slot(l);
                if (slot >= 0) {
                    code.loadLocal(JvmNames.kind(l.type()), slot);
                }
            }
            case Place.Static st -> code.getstatic(staticOwner(st), st.path().last(), JvmNames.desc(st.type()));
            case Place.Field f -> {
                ClassDesc owner = fieldOwner(f);
                code.getfield(owner, JvmNames.field(f.field().name()), JvmNames.desc(f.type()));
            }
            case Place.TupleField t -> {
                emit(t.base());
                tupleGet(code, (IrType.Tuple) t.base().type(), t.index());
            }
            case Place.Deref d -> {
                emit(d.cell());
                TypeKind kind = JvmNames.kind(d.type());
                code.invokevirtual(JvmNames.desc(d.cell().type()), "get", MethodTypeDesc.of(RuntimeApi.cellValue(kind)));
                if (kind == TypeKind.REFERENCE) {
                    code.checkcast(JvmNames.desc(d.type()));
                }
            }
            case Place.Index i -> {
                arrayAndIndex(i);
                code.arrayLoad(JvmNames.arrayElementKind(i.type()));
                if (i.type().equals(IrType.U8)) {
                    code.loadConstant(0xFF).iand();
                }
            }
        }
    }

    /**
     * Stores {@code value} into {@code place} in Rust's order: the value is evaluated before the
     * place. The JVM needs the place's object first, so when both sides can be observed
     * ({@link Effects}) the value waits in a scratch local while the place is evaluated.
     */
    void store(Place place, IrExpr value) {
        switch (place) {
            case Place.Local l -> {
                int slot = slot(l);
                emit(value);
                if (slot >= 0) {
                    code.storeLocal(JvmNames.kind(l.type()), slot);
                }
            }
            case Place.Static st -> {
                emit(value);
                code.putstatic(staticOwner(st), st.path().last(), JvmNames.desc(st.type()));
            }
            default -> {
                Runnable pushValue = () -> emit(value);
                TypeKind kind = JvmNames.kind(value.type());
                if (Effects.of(value) && Effects.of(place)) {
                    int scratch = valueScratch(kind);
                    emit(value);
                    code.storeLocal(kind, scratch);
                    pushValue = () -> code.loadLocal(kind, scratch);
                }
                storeInto(place, pushValue);
            }
        }
    }

    private void storeInto(Place place, Runnable pushValue) {
        switch (place) {
            case Place.Field f -> {
                ClassDesc owner = fieldOwner(f);
                pushValue.run();
                code.putfield(owner, JvmNames.field(f.field().name()), JvmNames.desc(f.type()));
            }
            case Place.TupleField t -> {
                emit(t.base());
                pushValue.run();
                code.putfield(JvmNames.desc(t.base().type()), "_" + t.index(), JvmNames.tupleFieldDesc(t.type()));
            }
            case Place.Deref d -> {
                emit(d.cell());
                pushValue.run();
                TypeKind kind = JvmNames.kind(d.type());
                code.invokevirtual(JvmNames.desc(d.cell().type()), "set",
                        MethodTypeDesc.of(ConstantDescs.CD_void, RuntimeApi.cellValue(kind)));
            }
            case Place.Index i -> {
                arrayAndIndex(i);
                pushValue.run();
                code.arrayStore(JvmNames.arrayElementKind(i.type()));
            }
            case Place.Local _, Place.Static _ -> throw new IllegalStateException("stored directly: " + place);
        }
    }

    /** Replaces the tuple on the stack by its element {@code index}, cast back from its erased field type. */
    static void tupleGet(CodeBuilder code, IrType.Tuple tuple, int index) {
        IrType element = tuple.elements().get(index);
        ClassDesc erased = JvmNames.tupleFieldDesc(element);
        code.getfield(JvmNames.desc(tuple), "_" + index, erased);
        if (!erased.equals(JvmNames.desc(element))) {
            code.checkcast(JvmNames.desc(element));
        }
    }

    private static ClassDesc staticOwner(Place.Static st) {
        var segments = st.path().segments();
        return ClassDesc.ofInternalName(JvmNames.moduleClass(new IrPath(segments.subList(0, segments.size() - 1))));
    }

    /** Emits the object holding the field, cast to the variant class for enum fields; returns its class. */
    private ClassDesc fieldOwner(Place.Field f) {
        emit(f.base());
        FieldRef field = f.field();
        if (field.variant() == null) {
            return ClassDesc.ofInternalName(JvmNames.adtClass(field.adt()));
        }
        ClassDesc variant = ClassDesc.ofInternalName(JvmNames.variantClass(field.adt(), field.variant()));
        code.checkcast(variant);
        return variant;
    }

    /**
     * Leaves {@code array, (int) index} on the stack after Rust's bounds check
     * ({@code Bounds.index(index, len, location)}, which panics with rustc's message).
     */
    private void arrayAndIndex(Place.Index i) {
        emit(i.array());
        emit(i.index());
        // [array, index] -> [array, index, array] without a local: the index is a long (two slots).
        code.dup2_x1().pop2().dup_x2()
                .arraylength().i2l()
                .ldc(i.location())
                .invokestatic(RuntimeApi.BOUNDS, "index", RuntimeApi.BOUNDS_INDEX);
    }

    /**
     * The function's scratch slot of {@code kind} for an assigned value waiting for its place.
     * Safe to share: expressions contain no assignments, so nothing else uses it in between.
     */
    private int valueScratch(TypeKind kind) {
        int i = kind.ordinal();
        if (valueScratch[i] < 0) {
            valueScratch[i] = code.allocateLocal(kind);
        }
        return valueScratch[i];
    }

    /**
     * The function's shared scratch {@code long} slot. Safe to reuse because every user stores
     * into it and reads it back without evaluating another expression in between.
     */
    int scratchLong() {
        if (scratchLong < 0) {
            scratchLong = code.allocateLocal(TypeKind.LONG);
        }
        return scratchLong;
    }

    private int slot(Place.Local local) {
        if (local.index() < 0 || local.index() >= locals.size()
                || !locals.get(local.index()).type().equals(local.type())) {
            throw new IllegalStateException("no local " + local.index() + " of type " + local.type() + " in " + locals);
        }
        return slots[local.index()];
    }

    /** Jumps to {@code target} when the bool {@code cond} equals {@code when}; falls through otherwise. */
    void branchIf(IrExpr cond, boolean when, Label target) {
        branches.branchIf(cond, when, target);
    }
}
