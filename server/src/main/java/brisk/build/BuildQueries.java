package brisk.build;

import brisk.codegen.Codegen;
import brisk.codegen.EmittedClass;
import brisk.db.Query;
import brisk.lower.LowerQueries;
import brisk.lower.ir.IrModule;
import brisk.resolve.CrateConfig;
import java.util.List;

/**
 * Code generation as queries, one per output class, so an edit regenerates only the classes whose
 * IR changed: each class reads its own slice of the program's IR, which stays equal (backdated) when
 * the edit was elsewhere.
 * They live here, above the compiler core, because they join its two back-end packages.
 */
public final class BuildQueries {
    /** The internal names of the classes of a program; empty when it could not be lowered. */
    public static final Query<CrateConfig, List<String>> CLASS_NAMES = Query.of("class_names", (ctx, program) -> {
        var lowered = ctx.get(LowerQueries.PROGRAM, program);
        return lowered.module() == null ? List.of() : Codegen.classNames(lowered.module());
    });

    /**
     * What one class is generated from ({@link Codegen#inputOf}): re-derived after every edit, but equal
     * (so backdated) unless that class's own functions changed.
     */
    public static final Query<ClassKey, IrModule> CLASS_INPUT = Query.of("codegen_input",
            (ctx, key) -> Codegen.inputOf(ctx.get(LowerQueries.PROGRAM, key.program()).module(), key.internalName()));

    /** One generated class of a program: regenerated only when its input changed. */
    public static final Query<ClassKey, EmittedClass> CLASS = Query.of("codegen_class",
            (ctx, key) -> Codegen.emitClass(ctx.get(CLASS_INPUT, key), key.internalName()));

    /** A class of a program, by JVM internal name. */
    public record ClassKey(CrateConfig program, String internalName) {}

    private BuildQueries() {}
}
