package brisk.build;

import brisk.diagnostics.Diagnostic;
import brisk.project.CrateData;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of building one program: its classes directory and entry class, or the errors
 * that stopped it (then {@code classes} is null).
 *
 * @param crate      the crate the program was built from
 * @param test       whether it is the crate's unit-test harness
 * @param classes    directory holding the program's generated classes
 * @param mainClass  binary name of the class whose {@code main} runs the program (Rust main or the test harness)
 * @param classesWritten how many class files this build (re)wrote: those whose bytes changed
 */
public record BuiltProgram(CrateData crate, boolean test, List<Diagnostic> errors, Path classes, String mainClass,
                           int classesWritten) {
    public BuiltProgram {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
