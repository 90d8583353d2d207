package brisk.build;

import brisk.diagnostics.Diagnostic;
import brisk.lower.TestEntry;
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
 * @param mainClass  binary name of the class whose {@code main} runs the program (null for a test harness)
 * @param tests      the harness's tests (empty for a binary)
 */
public record BuiltProgram(CrateData crate, boolean test, List<Diagnostic> errors, Path classes, String mainClass,
                           List<TestEntry> tests) {
    public BuiltProgram {
        errors = List.copyOf(errors);
        tests = List.copyOf(tests);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
