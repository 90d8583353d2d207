package brisk.diagnostics;

/** Replace the bytes of {@code span} by {@code replacement} (an empty span inserts). */
public record SuggestionPart(Span span, String replacement) {}
