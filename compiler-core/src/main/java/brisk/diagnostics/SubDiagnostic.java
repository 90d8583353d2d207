package brisk.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code note:} or {@code help:} attached to a diagnostic. Without a span rustc renders it as
 * {@code = note: ...}; with a span it gets its own snippet ({@code ^^^} under {@code span}, with
 * {@code spanLabel} after it, and {@code ---} under each of {@code labels}). A child carrying a
 * {@link Suggestion} is rustc's "code suggestion": it is rendered after all plain children, either
 * inline as a label ({@code ^ help: ...: `_x`}) or as a patched copy of the source lines.
 *
 * @param span       may be null; for a suggestion it is ignored (the suggestion's parts are the spans)
 * @param spanLabel  text after the {@code ^^^} of {@code span}; null if none
 * @param labels     secondary spans of the child's own snippet (a label may be {@code ""})
 * @param suggestion null unless this child proposes a code change
 */
public record SubDiagnostic(
        Severity severity,
        String message,
        Span span,
        String spanLabel,
        List<Label> labels,
        Suggestion suggestion) {

    public SubDiagnostic {
        labels = List.copyOf(labels);
    }

    /** The original three-component shape: a note or help, with or without its own snippet. */
    public SubDiagnostic(Severity severity, String message, Span span) {
        this(severity, message, span, null, List.of(), null);
    }

    public static SubDiagnostic note(String message) {
        return new SubDiagnostic(Severity.NOTE, message, null);
    }

    public static SubDiagnostic help(String message) {
        return new SubDiagnostic(Severity.HELP, message, null);
    }

    /** rustc always reports suggestions at help level. */
    public static SubDiagnostic suggestion(String message, Suggestion suggestion) {
        return new SubDiagnostic(Severity.HELP, message, null, null, List.of(), suggestion);
    }

    public SubDiagnostic withSpanLabel(String label) {
        return new SubDiagnostic(severity, message, span, label, labels, suggestion);
    }

    public SubDiagnostic withLabel(Label label) {
        var all = new ArrayList<>(labels);
        all.add(label);
        return new SubDiagnostic(severity, message, span, spanLabel, all, suggestion);
    }

    public boolean isSuggestion() {
        return suggestion != null;
    }
}
