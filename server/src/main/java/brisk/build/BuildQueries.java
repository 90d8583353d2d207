package brisk.build;

import brisk.codegen.Codegen;
import brisk.codegen.EmittedClass;
import brisk.db.Query;
import brisk.lower.LowerQueries;
import brisk.resolve.CrateConfig;
import java.util.List;

/**
 * Code generation as queries, one per output class, so an edit regenerates only the classes whose
 * IR changed (the program IR is backdated when equal, and each class's bytes are compared).
 * They live here, above the compiler core, because they join its two back-end packages.
 */
public final class BuildQueries {
    /** The internal names of the classes of a program; empty when it could not be lowered. */
    public static final Query<CrateConfig, List<String>> CLASS_NAMES = Query.of("class_names", (ctx, program) -> {
        var lowered = ctx.get(LowerQueries.PROGRAM, program);
        return lowered.module() == null ? List.of() : Codegen.classNames(lowered.module());
    });

    /** One generated class of a program. */
    public static final Query<ClassKey, EmittedClass> CLASS = Query.of("codegen_class",
            (ctx, key) -> Codegen.emitClass(ctx.get(LowerQueries.PROGRAM, key.program()).module(), key.internalName()));

    /** A class of a program, by JVM internal name. */
    public record ClassKey(CrateConfig program, String internalName) {}

    private BuildQueries() {}
}
