package brisk.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The lines rustc prints after all diagnostics of a crate: {@code error: aborting due to 2
 * previous errors; 1 warning emitted} (or {@code warning: 1 warning emitted}) and the pointers to
 * {@code rustc --explain}. Under cargo only the {@code --explain} notes reach the terminal.
 */
public final class RustcSummary {
    private RustcSummary() {}

    /**
     * The abort (or warning count) line followed by the explanation notes, as rustc prints them.
     *
     * @param errorCodes codes of the emitted errors that rustc can explain ({@code E0425}, ...);
     *                   duplicates and order do not matter
     */
    public static String render(int errors, int warnings, List<String> errorCodes, boolean color) {
        return countLine(errors, warnings, color) + (errors > 0 ? explanationNotes(errorCodes, color) : "");
    }

    /**
     * The summary for a crate that emitted {@code diagnostics}: counts errors and warnings and
     * collects the error codes ({@code E0425}; lint names are not explainable).
     */
    public static String render(List<Diagnostic> diagnostics, boolean color) {
        int errors = 0;
        int warnings = 0;
        var codes = new ArrayList<String>();
        for (Diagnostic d : diagnostics) {
            switch (d.severity()) {
                case ERROR -> {
                    errors++;
                    if (d.code() != null && HumanRenderer.isErrorCode(d.code())) {
                        codes.add(d.code());
                    }
                }
                case WARNING -> warnings++;
                case NOTE, HELP -> { }
            }
        }
        return render(errors, warnings, codes, color);
    }

    /** The summary in rustc's short format: only the count line, on one line, without {@code --explain} notes. */
    public static String renderShort(List<Diagnostic> diagnostics, boolean color) {
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : diagnostics) {
            switch (d.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case NOTE, HELP -> { }
            }
        }
        Diagnostic count = countDiagnostic(errors, warnings);
        return count == null ? "" : new HumanRenderer(null, color).renderShort(count);
    }

    /** {@code error: aborting due to ...} or {@code warning: N warnings emitted}, with its blank line. */
    public static String countLine(int errors, int warnings, boolean color) {
        Diagnostic count = countDiagnostic(errors, warnings);
        return count == null ? "" : new HumanRenderer(null, color).render(count);
    }


    /** rustc's failure notes pointing at {@code rustc --explain}; empty without codes. */
    public static String explanationNotes(List<String> errorCodes, boolean color) {
        var out = new StringBuilder();
        var renderer = new HumanRenderer(null, color);
        for (String message : explanationMessages(errorCodes)) {
            renderer.renderFailureNote(message, out);
        }
        return out.toString();
    }

    /**
     * The texts of the {@code --explain} failure notes (for {@link JsonRenderer#rustcFailureNote}
     * and {@link JsonRenderer#cargoFailureNote}, which cargo forwards while it drops the count line).
     */
    public static List<String> explanationMessages(List<String> errorCodes) {
        var codes = List.copyOf(new TreeSet<>(errorCodes));
        if (codes.size() > 1) {
            int limit = Math.min(codes.size(), 9);
            return List.of("Some errors have detailed explanations: "
                            + String.join(", ", codes.subList(0, limit)) + (codes.size() > 9 ? "..." : "."),
                    "For more information about an error, try `rustc --explain " + codes.getFirst() + "`.");
        }
        if (codes.size() == 1) {
            return List.of("For more information about this error, try `rustc --explain " + codes.getFirst() + "`.");
        }
        return List.of();
    }

    /** The count line as a diagnostic (for JSON output); null when nothing was emitted. */
    public static Diagnostic countDiagnostic(int errors, int warnings) {
        if (errors == 0 && warnings == 0) {
            return null;
        }
        String warningText = warnings == 1 ? "1 warning emitted" : warnings + " warnings emitted";
        if (errors == 0) {
            return Diagnostic.warning(null, warningText, null, null);
        }
        String aborting = "aborting due to " + (errors == 1 ? "1 previous error" : errors + " previous errors")
                + (warnings > 0 ? "; " + warningText : "");
        return Diagnostic.error(null, aborting, null, null);
    }
}
