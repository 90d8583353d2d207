package brisk.diagnostics;

import java.util.List;

/**
 * A proposed code change: one substitution made of one or more parts (rustc's multipart
 * suggestion), how safe it is to apply, and how rustc may show it.
 */
public record Suggestion(List<SuggestionPart> parts, Applicability applicability, SuggestionStyle style) {
    public Suggestion {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one part");
        }
        parts = List.copyOf(parts);
    }

    /** A single replacement that rustc may render inline ({@code ^ help: msg: `replacement`}). */
    public static Suggestion replace(Span span, String replacement, Applicability applicability) {
        return new Suggestion(List.of(new SuggestionPart(span, replacement)), applicability, SuggestionStyle.SHOW_CODE);
    }
}
