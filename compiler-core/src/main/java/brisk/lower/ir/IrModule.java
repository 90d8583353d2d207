package brisk.lower.ir;

import java.util.List;

/**
 * A unit of code generation: functions (each naming its Rust module), ADT declarations, traits
 * used as {@code dyn}, statics, and for a binary its entry. Order is significant only for output
 * determinism.
 *
 * @param entry what the JVM {@code main} runs, or null for a library
 */
public record IrModule(List<IrFunction> functions, List<IrAdt> adts, List<IrTrait> traits, List<IrStatic> statics,
        IrEntry entry) {
    public IrModule {
        functions = List.copyOf(functions);
        adts = List.copyOf(adts);
        traits = List.copyOf(traits);
        statics = List.copyOf(statics);
    }

    public static IrModule library(List<IrFunction> functions, List<IrAdt> adts) {
        return new IrModule(functions, adts, List.of(), List.of(), null);
    }

    public static IrModule binary(List<IrFunction> functions, List<IrAdt> adts, IrEntry entry) {
        return new IrModule(functions, adts, List.of(), List.of(), entry);
    }
}
