package brisk.lower;

import brisk.diagnostics.Diagnostic;
import brisk.lower.ir.IrModule;
import java.util.List;

/**
 * The IR of one runnable program: a binary (its {@code main} and everything reachable from it)
 * or a crate's unit-test harness (its {@code #[test]} fns and everything they reach), across
 * crates. When {@code errors} is non-empty ("brisk does not support ... yet", with file spans), {@code module}
 * is null: brisk never builds a program it could not lower completely.
 */
public record LoweredProgram(IrModule module, List<Diagnostic> errors) {
    public LoweredProgram {
        errors = List.copyOf(errors);
    }

    public static LoweredProgram failed(List<Diagnostic> errors) {
        return new LoweredProgram(null, errors);
    }
}
