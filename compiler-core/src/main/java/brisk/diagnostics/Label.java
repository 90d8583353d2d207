package brisk.diagnostics;

/**
 * A labelled span next to a diagnostic's primary span. Normally secondary (rustc's {@code ---}
 * underline); a {@code primary} label is an additional primary span ({@code ^^^}), as rustc
 * reports for e.g. a mismatched closing delimiter or several unused imports in one {@code use}.
 *
 * @param message the label text; {@code ""} underlines without text; null only for an unlabelled
 *                additional primary span
 */
public record Label(Span span, String message, boolean primary) {

    /** A secondary label (the original two-component shape). */
    public Label(Span span, String message) {
        this(span, message, false);
    }

    /** An additional primary span, with or without text. */
    public static Label primary(Span span, String message) {
        return new Label(span, message, true);
    }
}
