package brisk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassHierarchyResolver.ClassHierarchyInfo;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generated classes, checked by the classfile API's verifier and defined in a fresh class loader
 * whose parent is the test's loader (so the runtime is visible when it is on the test classpath).
 */
final class Loaded extends ClassLoader {
    private final Map<String, byte[]> classes;

    private Loaded(Map<String, byte[]> classes) {
        super(Loaded.class.getClassLoader());
        this.classes = classes;
    }

    static boolean runtimePresent() {
        try {
            Class.forName("brisk.runtime.Arith", false, Loaded.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Generates, verifies every class, and loads (without running) the result. */
    static Loaded compile(IrModule module) {
        CodegenOutput out = Codegen.emitModule(module);
        verify(out);
        return new Loaded(out.asMap());
    }

    /**
     * Runs the classfile API's verifier (a port of HotSpot's) on every class, with a hierarchy
     * that knows the generated classes and the runtime's throwable, so no class needs loading.
     */
    static void verify(CodegenOutput out) {
        var supers = new HashMap<ClassDesc, ClassDesc>();
        for (EmittedClass c : out.classes()) {
            var model = ClassFile.of().parse(c.bytes());
            supers.put(model.thisClass().asSymbol(), model.superclass().orElseThrow().asSymbol());
        }
        supers.put(ClassDesc.of("brisk.runtime.Panic"), ClassDesc.of("java.lang.RuntimeException"));
        ClassHierarchyResolver generated = cd -> supers.containsKey(cd) ? ClassHierarchyInfo.ofClass(supers.get(cd)) : null;
        ClassHierarchyResolver resolver = generated
                .orElse(ClassHierarchyResolver.defaultResolver())
                .orElse(_ -> ClassHierarchyInfo.ofClass(ConstantDescs.CD_Object));
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
        for (EmittedClass c : out.classes()) {
            List<VerifyError> errors = cf.verify(c.bytes());
            if (!errors.isEmpty()) {
                fail(c.internalName() + " does not verify: " + errors);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name.replace('.', '/'));
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    Class<?> moduleClass(IrPath module) {
        return load(JvmNames.moduleClass(module));
    }

    Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), true, this);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls static method {@code name} of module {@code module}; rethrows what the call throws. */
    Object call(IrPath module, String name, Object... args) throws Throwable {
        Class<?> cls = moduleClass(module);
        for (Method m : cls.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(null, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new AssertionError("no method " + name + " in " + cls);
    }

    static void assertSameOutput(IrModule module) {
        assertEquals(Codegen.emitModule(module), Codegen.emitModule(module));
    }
}
