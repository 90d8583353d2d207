package brisk.codegen;

import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrEntry;
import brisk.lower.ir.IrTest;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * The body of a binary's JVM {@code main(String[] args)}: {@code Rt.main(<Rust main>, name)}, or
 * for a test binary {@code TestHarness.main(args, List.of(<TestDesc per #[test]>))}.
 */
final class EntryEmitter {
    private static final ClassDesc RUNNABLE = ClassDesc.of("java.lang.Runnable");
    private static final ClassDesc TEST_BODY = ClassDesc.of("brisk.runtime.test.TestBody");
    private static final ClassDesc TEST_DESC = ClassDesc.of("brisk.runtime.test.TestDesc");
    private static final ClassDesc TEST_HARNESS = ClassDesc.of("brisk.runtime.test.TestHarness");
    private static final ClassDesc LIST = ClassDesc.of("java.util.List");
    private static final ClassDesc CD_STRING = ConstantDescs.CD_String;

    private EntryEmitter() {}

    static void emit(CodeBuilder code, IrEntry entry) {
        switch (entry) {
            case IrEntry.Main m -> code
                    .invokedynamic(lambda(m.main(), RUNNABLE, "run", ConstantDescs.MTD_void))
                    .ldc(m.binaryName())
                    .invokestatic(RuntimeApi.RT, "main", RuntimeApi.RT_MAIN)
                    .return_();
            case IrEntry.Tests t -> {
                code.aload(0).loadConstant(t.tests().size()).anewarray(ConstantDescs.CD_Object);
                for (int i = 0; i < t.tests().size(); i++) {
                    code.dup().loadConstant(i);
                    testDesc(code, t.tests().get(i));
                    code.aastore();
                }
                code.invokestatic(LIST, "of", MethodTypeDesc.of(LIST, ConstantDescs.CD_Object.arrayType()), true)
                        .invokestatic(TEST_HARNESS, "main", MethodTypeDesc.of(ConstantDescs.CD_void,
                                CD_STRING.arrayType(), LIST))
                        .return_();
            }
        }
    }

    /** {@code new TestDesc(name, body, ignore, ignoreReason, shouldPanic, expectedPanic, location)}. */
    private static void testDesc(CodeBuilder code, IrTest test) {
        boolean returnsError = !test.fn().sig().result().isVoid();
        code.new_(TEST_DESC).dup().ldc(test.name());
        if (returnsError) {
            code.invokedynamic(lambda(test.fn(), TEST_BODY, "run", MethodTypeDesc.of(CD_STRING)));
        } else {
            // A unit test's body is its fn adapted to TestBody by TestDesc.of; build it the same way.
            code.ldc(test.name())
                    .invokedynamic(lambda(test.fn(), RUNNABLE, "run", ConstantDescs.MTD_void))
                    .ldc(test.location())
                    .invokestatic(TEST_DESC, "of", MethodTypeDesc.of(TEST_DESC, CD_STRING, RUNNABLE, CD_STRING))
                    .invokevirtual(TEST_DESC, "body", MethodTypeDesc.of(TEST_BODY));
        }
        code.loadConstant(test.ignoreReason() != null ? 1 : 0);
        nullableString(code, test.ignoreReason());
        code.loadConstant(test.expectedPanic() != null ? 1 : 0);
        nullableString(code, test.expectedPanic());
        code.ldc(test.location())
                .invokespecial(TEST_DESC, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, CD_STRING,
                        TEST_BODY, ConstantDescs.CD_boolean, CD_STRING, ConstantDescs.CD_boolean, CD_STRING, CD_STRING));
    }

    /** Pushes {@code s}, with null for both an absent and an empty string (the harness's "none"). */
    private static void nullableString(CodeBuilder code, String s) {
        if (s == null || s.isEmpty()) {
            code.aconst_null();
        } else {
            code.ldc(s);
        }
    }

    /** A LambdaMetafactory call site making {@code iface} (one method {@code name}) call static {@code fn}. */
    private static DynamicCallSiteDesc lambda(FnRef fn, ClassDesc iface, String name, MethodTypeDesc type) {
        return DynamicCallSiteDesc.of(ExprEmitter.LAMBDA_METAFACTORY, name, MethodTypeDesc.of(iface), type,
                MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
                        ClassDesc.ofInternalName(JvmNames.moduleClass(fn.module())), fn.name(), JvmNames.methodType(fn.sig())),
                type);
    }
}
