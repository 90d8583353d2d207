package brisk.codegen;

import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
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

/**
 * Turns IR into JVM class files with {@code java.lang.classfile}: one class per Rust module holding
 * its functions as public static methods, one per struct, one per enum plus one per variant,
 * one per tuple shape used (names: {@link JvmNames}). Output is deterministic: the same IR gives the same bytes.
 */
public final class Codegen {
    private static final ClassDesc RUNNABLE = ClassDesc.of("java.lang.Runnable");
    private static final DirectMethodHandleDesc LAMBDA_METAFACTORY = ConstantDescs.ofCallsiteBootstrap(
            ClassDesc.of("java.lang.invoke.LambdaMetafactory"), "metafactory", ConstantDescs.CD_CallSite,
            ConstantDescs.CD_MethodType, ConstantDescs.CD_MethodHandle, ConstantDescs.CD_MethodType);

    private Codegen() {}

    /**
     * Generates every class of {@code module}. Malformed IR (an internal compiler error, never a
     * user error) throws {@link IllegalStateException} or {@link IllegalArgumentException}.
     */
    public static CodegenOutput emitModule(IrModule module) {
        UsedClasses used = UsedClasses.of(module);
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(used.resolver()));
        var out = new CodegenOutput.Builder();
        for (var tuple : used.tuples().entrySet()) {
            TupleEmitter.emit(cf, tuple.getKey(), tuple.getValue(), out);
        }
        for (IrAdt adt : module.adts()) {
            switch (adt) {
                case IrAdt.Struct s -> AdtEmitter.emitStruct(cf, s, out);
                case IrAdt.Enum e -> AdtEmitter.emitEnum(cf, e, out);
            }
        }
        Map<IrPath, List<IrFunction>> byModule = new LinkedHashMap<>();
        for (IrFunction fn : module.functions()) {
            byModule.computeIfAbsent(fn.module(), _ -> new ArrayList<>()).add(fn);
        }
        if (module.entry() != null) {
            byModule.computeIfAbsent(module.entry().module(), _ -> new ArrayList<>());
        }
        for (var e : byModule.entrySet()) {
            emitModuleClass(cf, e.getKey(), e.getValue(), module, out);
        }
        return out.build();
    }

    private static void emitModuleClass(ClassFile cf, IrPath modulePath, List<IrFunction> functions, IrModule module,
            CodegenOutput.Builder out) {
        String name = JvmNames.moduleClass(modulePath);
        ClassDesc self = ClassDesc.ofInternalName(name);
        out.add(name, cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(ConstantDescs.CD_Object);
            for (IrFunction fn : functions) {
                cb.withMethodBody(fn.name(), JvmNames.methodType(fn.sig()), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
                        code -> FunctionEmitter.emit(fn, code));
            }
            FnRef entry = module.entry();
            if (entry != null && entry.module().equals(modulePath)) {
                cb.withMethodBody("main", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String.arrayType()),
                        ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code -> code
                                .invokedynamic(DynamicCallSiteDesc.of(LAMBDA_METAFACTORY, "run",
                                        MethodTypeDesc.of(RUNNABLE), ConstantDescs.MTD_void,
                                        MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, self,
                                                entry.name(), ConstantDescs.MTD_void),
                                        ConstantDescs.MTD_void))
                                .ldc(module.binaryName())
                                .invokestatic(RuntimeApi.RT, "main", RuntimeApi.RT_MAIN)
                                .return_());
            }
        }));
    }
}
