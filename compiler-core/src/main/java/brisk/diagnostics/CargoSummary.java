package brisk.diagnostics;

/**
 * cargo's per-unit summary lines, each ending with a newline:
 * {@code warning: `foo` (lib) generated 2 warnings (run `cargo fix --lib -p foo` to apply 1 suggestion)}
 * and {@code error: could not compile `foo` (bin "foo") due to 1 previous error; 2 warnings emitted}.
 */
public final class CargoSummary {
    private static final String RESET = "\u001b[0m";

    private CargoSummary() {}

    /**
     * @param duplicates warnings identical to ones another unit already printed (cargo hides them)
     * @param fixable    machine-applicable suggestions; cargo only mentions {@code cargo fix} when
     *                   the unit compiled without errors, so pass 0 otherwise
     */
    public static String warningsGenerated(CargoUnit unit, int warnings, int duplicates, int fixable, boolean color) {
        var message = new StringBuilder();
        message.append('`').append(unit.packageName()).append("` (").append(unit.description()).append(") generated ");
        message.append(warnings == 1 ? "1 warning" : warnings + " warnings");
        if (duplicates == 1) {
            message.append(" (1 duplicate)");
        } else if (duplicates > 1) {
            message.append(" (").append(duplicates).append(" duplicates)");
        }
        String fix = unit.fixCommand();
        if (fixable > 0 && fix != null) {
            message.append(" (run `").append(fix).append("` to apply ").append(fixable)
                    .append(fixable == 1 ? " suggestion)" : " suggestions)");
        }
        return line("warning", "\u001b[1m\u001b[33m", message.toString(), color);
    }

    public static String couldNotCompile(CargoUnit unit, int errors, int warnings, boolean color) {
        String message = "could not compile `" + unit.packageName() + "` (" + unit.description() + ") due to "
                + (errors == 1 ? "1 previous error" : errors + " previous errors")
                + (warnings == 0 ? "" : warnings == 1 ? "; 1 warning emitted" : "; " + warnings + " warnings emitted");
        return line("error", "\u001b[1m\u001b[91m", message, color);
    }

    private static String line(String level, String ansi, String message, boolean color) {
        return (color ? ansi + level + RESET : level) + ": " + message + "\n";
    }
}
