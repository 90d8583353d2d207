package brisk.driver;

import brisk.base.FileId;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.syntax.SyntaxError;

/** Parser errors as diagnostics: rustc reports them without a code, at the offending token. */
final class SyntaxDiagnostics {
    private SyntaxDiagnostics() {}

    static Diagnostic toDiagnostic(FileId file, SyntaxError error) {
        return Diagnostic.error(null, error.message(), new Span(file, error.range()), null);
    }
}
