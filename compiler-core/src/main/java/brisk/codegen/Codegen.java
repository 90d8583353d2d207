package brisk.codegen;

import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrPath;
import brisk.lower.ir.IrStatic;
import brisk.lower.ir.IrTrait;
import java.lang.classfile.ClassFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns IR into JVM class files with {@code java.lang.classfile}: one class per Rust module
 * holding its functions as public static methods and its statics as static fields, one per
 * struct, one per enum plus one per variant, one interface per {@code dyn} trait, and the shared
 * tuple classes and callable interfaces the module uses (names: {@link JvmNames}). Output is
 * deterministic: the same IR gives the same bytes. Classes can be generated all at once or one by
 * one (a query per class). A function the JVM cannot hold (code over 64 KiB) becomes a stub that
 * throws, with an error in {@link CodegenOutput#errors()}. Malformed IR (an internal compiler
 * error, never a user error) throws {@link IllegalStateException} or {@link IllegalArgumentException}.
 */
public final class Codegen {
    private Codegen() {}

    /** Generates every class of {@code module}. */
    public static CodegenOutput emitModule(IrModule module) {
        Plan plan = plan(module);
        var classes = new ArrayList<EmittedClass>();
        for (var emitter : plan.emitters().values()) {
            classes.add(emitter.apply(plan.classFile()));
        }
        return new CodegenOutput(classes);
    }

    /** The internal names of the classes {@link #emitModule} generates, sorted. */
    public static List<String> classNames(IrModule module) {
        return List.copyOf(plan(module).emitters().keySet());
    }

    /** Generates the one class {@code internalName} (one of {@link #classNames}) of {@code module}. */
    public static EmittedClass emitClass(IrModule module, String internalName) {
        Plan plan = plan(module);
        Function<ClassFile, EmittedClass> emitter = plan.emitters().get(internalName);
        if (emitter == null) {
            throw new IllegalArgumentException(internalName + " is not generated from this module");
        }
        return emitter.apply(plan.classFile());
    }

    /**
     * The part of {@code module} that class {@code internalName} is generated from: for a Rust module's
     * class, its own functions and statics (plus the entry if it is there) with every ADT and trait, so
     * an edit elsewhere leaves this input equal and the class's codegen query green; other classes
     * (shapes, ADTs) are cheap and take the whole module. {@code emitClass(inputOf(m, n), n)} and
     * {@code emitClass(m, n)} give the same bytes.
     */
    public static IrModule inputOf(IrModule module, String internalName) {
        for (IrFunction fn : module.functions()) {
            if (JvmNames.moduleClass(fn.module()).equals(internalName)) {
                return moduleSlice(module, fn.module());
            }
        }
        for (IrStatic st : module.statics()) {
            if (JvmNames.moduleClass(st.module()).equals(internalName)) {
                return moduleSlice(module, st.module());
            }
        }
        if (module.entry() != null && JvmNames.moduleClass(module.entry().module()).equals(internalName)) {
            return moduleSlice(module, module.entry().module());
        }
        return module;
    }

    private static IrModule moduleSlice(IrModule module, IrPath path) {
        return new IrModule(module.functions().stream().filter(fn -> fn.module().equals(path)).toList(),
                module.adts(), module.traits(),
                module.statics().stream().filter(st -> st.module().equals(path)).toList(),
                module.entry() != null && module.entry().module().equals(path) ? module.entry() : null);
    }

    /** Every output class by name with how to build it, and the class-file context to build in. */
    private record Plan(ClassFile classFile, SortedMap<String, Function<ClassFile, EmittedClass>> emitters) {}

    private static Plan plan(IrModule module) {
        var plan = new TreeMap<String, Function<ClassFile, EmittedClass>>();
        UsedClasses used = UsedClasses.of(module);
        for (var tuple : used.tuples().entrySet()) {
            put(plan, tuple.getKey(), cf -> ShapeEmitter.tuple(cf, tuple.getKey(), tuple.getValue()));
        }
        for (var fn : used.fnInterfaces().entrySet()) {
            put(plan, fn.getKey(), cf -> ShapeEmitter.fnInterface(cf, fn.getKey(), fn.getValue()));
        }
        for (IrTrait trait : module.traits()) {
            put(plan, JvmNames.traitInterface(trait.path()), cf -> AdtEmitter.traitInterface(cf, trait));
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
            putClass(plan, JvmNames.moduleClass(e.getKey()),
                    cf -> ModuleClassEmitter.emit(cf, e.getKey(), e.getValue(), statics, module));
        }
        return new Plan(ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(used.resolver())), plan);
    }

    private static void put(Map<String, Function<ClassFile, EmittedClass>> plan, String name,
            Function<ClassFile, byte[]> emitter) {
        putClass(plan, name, cf -> new EmittedClass(name, emitter.apply(cf)));
    }

    private static void putClass(Map<String, Function<ClassFile, EmittedClass>> plan, String name,
            Function<ClassFile, EmittedClass> emitter) {
        if (plan.put(name, emitter) != null) {
            throw new IllegalStateException("two classes named " + name);
        }
    }
}
