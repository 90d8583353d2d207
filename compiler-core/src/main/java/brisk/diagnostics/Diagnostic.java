package brisk.diagnostics;

import java.util.List;

/**
 * One compiler message, as a value. Phases return these; they never throw on bad input.
 *
 * @param code         rustc error code ({@code E0425}) or lint name ({@code unused_variables}); null if none
 * @param primary      the primary span ({@code ^^^}); null for a message about no place (e.g. a manifest)
 * @param primaryLabel text printed after the {@code ^^^}; null if none
 */
public record Diagnostic(
        Severity severity,
        String code,
        String message,
        Span primary,
        String primaryLabel,
        List<Label> secondary,
        List<SubDiagnostic> children) {

    public Diagnostic {
        secondary = List.copyOf(secondary);
        children = List.copyOf(children);
    }

    public static Diagnostic error(String code, String message, Span primary, String primaryLabel) {
        return new Diagnostic(Severity.ERROR, code, message, primary, primaryLabel, List.of(), List.of());
    }

    public static Diagnostic warning(String code, String message, Span primary, String primaryLabel) {
        return new Diagnostic(Severity.WARNING, code, message, primary, primaryLabel, List.of(), List.of());
    }

    public Diagnostic withLabel(Label label) {
        var labels = new java.util.ArrayList<>(secondary);
        labels.add(label);
        return new Diagnostic(severity, code, message, primary, primaryLabel, labels, children);
    }

    public Diagnostic withChild(SubDiagnostic child) {
        var all = new java.util.ArrayList<>(children);
        all.add(child);
        return new Diagnostic(severity, code, message, primary, primaryLabel, secondary, all);
    }
}
