package brisk.diagnostics;

/**
 * A {@code note:} or {@code help:} attached to a diagnostic. Without a span rustc renders it as
 * {@code = note: ...}; with a span it gets its own snippet.
 *
 * @param span may be null
 */
public record SubDiagnostic(Severity severity, String message, Span span) {}
