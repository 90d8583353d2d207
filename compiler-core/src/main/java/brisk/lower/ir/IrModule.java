package brisk.lower.ir;

import java.util.List;

/**
 * A unit of code generation: functions (each naming its Rust module), ADT declarations, traits
 * used as {@code dyn}, statics, and an optional program entry. Order is significant only for output determinism.
 *
 * @param entry      the Rust {@code fn main} of a binary crate, or null for a library
 * @param binaryName the binary's name for the runtime's messages; null when {@code entry} is null
 */
public record IrModule(List<IrFunction> functions, List<IrAdt> adts, List<IrTrait> traits, List<IrStatic> statics,
        FnRef entry, String binaryName) {
    public IrModule {
        functions = List.copyOf(functions);
        adts = List.copyOf(adts);
        traits = List.copyOf(traits);
        statics = List.copyOf(statics);
        if ((entry == null) != (binaryName == null)) {
            throw new IllegalArgumentException("entry and binaryName go together");
        }
        if (entry != null && (!entry.sig().params().isEmpty() || !entry.sig().result().isVoid())) {
            throw new IllegalArgumentException("entry must be fn() -> (): " + entry);
        }
    }

    public static IrModule library(List<IrFunction> functions, List<IrAdt> adts) {
        return new IrModule(functions, adts, List.of(), List.of(), null, null);
    }

    public static IrModule binary(List<IrFunction> functions, List<IrAdt> adts, FnRef entry, String binaryName) {
        return new IrModule(functions, adts, List.of(), List.of(), entry, binaryName);
    }
}
