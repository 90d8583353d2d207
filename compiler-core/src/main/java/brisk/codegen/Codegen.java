package brisk.codegen;

import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrStatic;
import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns IR into JVM class files with {@code java.lang.classfile}: one class per Rust module holding
 * its functions as public static methods and its statics as static fields, one per struct, one per enum plus one per variant,
 * one per tuple shape and one interface per callable shape used (names: {@link JvmNames}). Output is deterministic: the same IR gives
 * the same bytes. Classes can be generated all at once or one by one (a query per class).
 * Malformed IR (an internal compiler error, never a user error) throws
 * {@link IllegalStateException} or {@link IllegalArgumentException}.
 */
public final class Codegen {
    private static final ClassDesc RUNNABLE = ClassDesc.of("java.lang.Runnable");

    private Codegen() {}

    /** Generates every class of {@code module}. */
    public static CodegenOutput emitModule(IrModule module) {
        ClassFile cf = classFile(module);
        var classes = new ArrayList<EmittedClass>();
        for (var e : plan(module).entrySet()) {
            classes.add(new EmittedClass(e.getKey(), e.getValue().apply(cf)));
        }
        return new CodegenOutput(classes);
    }

    /** The internal names of the classes {@link #emitModule} generates, sorted. */
    public static List<String> classNames(IrModule module) {
        return List.copyOf(plan(module).keySet());
    }

    /** Generates the one class {@code internalName} (one of {@link #classNames}) of {@code module}. */
    public static EmittedClass emitClass(IrModule module, String internalName) {
        Function<ClassFile, byte[]> emitter = plan(module).get(internalName);
        if (emitter == null) {
            throw new IllegalArgumentException(internalName + " is not generated from this module");
        }
        return new EmittedClass(internalName, emitter.apply(classFile(module)));
    }

    private static ClassFile classFile(IrModule module) {
        return ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(UsedClasses.of(module).resolver()));
    }

    /** Every output class by name, with how to build it. */
    private static SortedMap<String, Function<ClassFile, byte[]>> plan(IrModule module) {
        var plan = new TreeMap<String, Function<ClassFile, byte[]>>();
        UsedClasses used = UsedClasses.of(module);
        for (var tuple : used.tuples().entrySet()) {
            put(plan, tuple.getKey(), cf -> TupleEmitter.emit(cf, tuple.getKey(), tuple.getValue()));
        }
        for (var fn : used.fnInterfaces().entrySet()) {
            put(plan, fn.getKey(), cf -> cf.build(ClassDesc.ofInternalName(fn.getKey()), cb -> cb
                    .withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_INTERFACE | ClassFile.ACC_ABSTRACT)
                    .withSuperclass(ConstantDescs.CD_Object)
                    .withMethod("call", JvmNames.fnErasedType(fn.getValue()),
                            ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, _ -> { })));
        }
        for (IrAdt adt : module.adts()) {
            switch (adt) {
                case IrAdt.Struct s -> put(plan, JvmNames.adtClass(s.path()), cf -> AdtEmitter.struct(cf, s));
                case IrAdt.Enum e -> {
                    put(plan, JvmNames.adtClass(e.path()), cf -> AdtEmitter.enumBase(cf, e));
                    for (int tag = 0; tag < e.variants().size(); tag++) {
                        int t = tag;
                        put(plan, JvmNames.variantClass(e.path(), e.variants().get(tag).name()),
                                cf -> AdtEmitter.variant(cf, e, t));
                    }
                }
            }
        }
        Map<IrPath, List<IrFunction>> byModule = new LinkedHashMap<>();
        for (IrFunction fn : module.functions()) {
            byModule.computeIfAbsent(fn.module(), _ -> new ArrayList<>()).add(fn);
        }
        for (IrStatic st : module.statics()) {
            byModule.computeIfAbsent(st.module(), _ -> new ArrayList<>());
        }
        if (module.entry() != null) {
            byModule.computeIfAbsent(module.entry().module(), _ -> new ArrayList<>());
        }
        for (var e : byModule.entrySet()) {
            List<IrStatic> statics = module.statics().stream().filter(st -> st.module().equals(e.getKey())).toList();
            put(plan, JvmNames.moduleClass(e.getKey()),
                    cf -> moduleClass(cf, e.getKey(), e.getValue(), statics, module));
        }
        return plan;
    }

    private static void put(Map<String, Function<ClassFile, byte[]>> plan, String name, Function<ClassFile, byte[]> emitter) {
        if (plan.put(name, emitter) != null) {
            throw new IllegalStateException("two classes named " + name);
        }
    }

    private static byte[] moduleClass(ClassFile cf, IrPath modulePath, List<IrFunction> functions,
            List<IrStatic> statics, IrModule module) {
        ClassDesc self = ClassDesc.ofInternalName(JvmNames.moduleClass(modulePath));
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(ConstantDescs.CD_Object);
            for (IrStatic st : statics) {
                cb.withField(st.path().last(), JvmNames.desc(st.type()), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC);
            }
            if (!statics.isEmpty()) {
                // Rust statics are constant-initialized: running the initializers on class init is unobservable.
                cb.withMethodBody(ConstantDescs.CLASS_INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_STATIC, code -> {
                    for (IrStatic st : statics) {
                        FnRef init = st.initializer();
                        code.invokestatic(ClassDesc.ofInternalName(JvmNames.moduleClass(init.module())), init.name(),
                                        JvmNames.methodType(init.sig()))
                                .putstatic(self, st.path().last(), JvmNames.desc(st.type()));
                    }
                    code.return_();
                });
            }
            for (IrFunction fn : functions) {
                cb.withMethodBody(fn.name(), JvmNames.methodType(fn.sig()), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
                        code -> FunctionEmitter.emit(fn, code));
            }
            FnRef entry = module.entry();
            if (entry != null && entry.module().equals(modulePath)) {
                cb.withMethodBody("main", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String.arrayType()),
                        ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code -> code
                                .invokedynamic(DynamicCallSiteDesc.of(ExprEmitter.LAMBDA_METAFACTORY, "run",
                                        MethodTypeDesc.of(RUNNABLE), ConstantDescs.MTD_void,
                                        MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, self,
                                                entry.name(), ConstantDescs.MTD_void),
                                        ConstantDescs.MTD_void))
                                .ldc(module.binaryName())
                                .invokestatic(RuntimeApi.RT, "main", RuntimeApi.RT_MAIN)
                                .return_());
            }
        });
    }
}
