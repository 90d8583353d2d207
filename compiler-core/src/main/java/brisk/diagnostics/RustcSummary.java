package brisk.diagnostics;

import java.util.List;
import java.util.TreeSet;

/**
 * The lines rustc prints after all diagnostics of a crate: {@code error: aborting due to 2
 * previous errors; 1 warning emitted} (or {@code warning: 1 warning emitted}) and the pointers to
 * {@code rustc --explain}.
 */
public final class RustcSummary {
    private RustcSummary() {}

    /**
     * @param errorCodes codes of the emitted errors that rustc can explain ({@code E0425}, ...);
     *                   duplicates and order do not matter
     */
    public static String render(int errors, int warnings, List<String> errorCodes, boolean color) {
        var out = new StringBuilder();
        var renderer = new HumanRenderer(null, color);
        if (errors == 0 && warnings == 0) {
            return "";
        }
        String warningText = warnings == 1 ? "1 warning emitted" : warnings + " warnings emitted";
        if (errors == 0) {
            renderer.render(Diagnostic.warning(null, warningText, null, null), out);
            return out.toString();
        }
        String aborting = "aborting due to " + (errors == 1 ? "1 previous error" : errors + " previous errors")
                + (warnings > 0 ? "; " + warningText : "");
        renderer.render(Diagnostic.error(null, aborting, null, null), out);
        var codes = List.copyOf(new TreeSet<>(errorCodes));
        if (codes.size() > 1) {
            int limit = Math.min(codes.size(), 9);
            renderer.renderFailureNote("Some errors have detailed explanations: "
                    + String.join(", ", codes.subList(0, limit)) + (codes.size() > 9 ? "..." : "."), out);
            renderer.renderFailureNote(
                    "For more information about an error, try `rustc --explain " + codes.getFirst() + "`.", out);
        } else if (codes.size() == 1) {
            renderer.renderFailureNote(
                    "For more information about this error, try `rustc --explain " + codes.getFirst() + "`.", out);
        }
        return out.toString();
    }
}
