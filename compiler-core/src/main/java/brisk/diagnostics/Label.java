package brisk.diagnostics;

/** A secondary span with its message, rendered by rustc with {@code ---} underlines. */
public record Label(Span span, String message) {}
