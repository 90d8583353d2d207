package brisk.codegen;

import brisk.diagnostics.Diagnostic;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrEntry;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrStatic;
import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Emits the class of one Rust module: statics as static fields set in {@code <clinit>}, functions
 * as public static methods, and for the binary's entry module the JVM {@code main(String[])}.
 * A function whose bytecode the JVM cannot hold (over 64 KiB) is found by emitting each function
 * alone after the class failed, then replaced by a stub that throws, with an error reported.
 */
final class ModuleClassEmitter {
    private ModuleClassEmitter() {}

    static EmittedClass emit(ClassFile cf, IrPath modulePath, List<IrFunction> functions, List<IrStatic> statics,
            IrModule module) {
        String name = JvmNames.moduleClass(modulePath);
        try {
            return new EmittedClass(name, build(cf, modulePath, functions, statics, module, Set.of()));
        } catch (IllegalArgumentException classFailed) {
            Set<IrFunction> failing = Collections.newSetFromMap(new IdentityHashMap<>());
            var errors = new ArrayList<Diagnostic>();
            for (IrFunction fn : functions) {
                try {
                    cf.build(ClassDesc.ofInternalName(name), cb -> cb.withMethodBody(fn.name(),
                            JvmNames.methodType(fn.sig()), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
                            code -> FunctionEmitter.emit(fn, code)));
                } catch (IllegalArgumentException fnFailed) {
                    failing.add(fn);
                    errors.add(Diagnostic.error(null, "cannot compile `" + fn.module().child(fn.name())
                            + "` to JVM bytecode: " + fnFailed.getMessage(), null, null));
                }
            }
            if (failing.isEmpty()) {
                throw classFailed;
            }
            return new EmittedClass(name, build(cf, modulePath, functions, statics, module, failing), errors);
        }
    }

    private static byte[] build(ClassFile cf, IrPath modulePath, List<IrFunction> functions, List<IrStatic> statics,
            IrModule module, Set<IrFunction> stubbed) {
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
                        code -> {
                            if (stubbed.contains(fn)) {
                                ClassDesc error = ClassDesc.of("java.lang.AssertionError");
                                code.new_(error).dup()
                                        .ldc("brisk: " + fn.module().child(fn.name()) + " could not be compiled")
                                        .invokespecial(error, ConstantDescs.INIT_NAME,
                                                MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Object))
                                        .athrow();
                            } else {
                                FunctionEmitter.emit(fn, code);
                            }
                        });
            }
            IrEntry entry = module.entry();
            if (entry != null && entry.module().equals(modulePath)) {
                cb.withMethodBody("main", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String.arrayType()),
                        ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code -> EntryEmitter.emit(code, entry));
            }
        });
    }
}
