package brisk.lsp;

import brisk.base.FileId;
import brisk.diagnostics.Severity;
import brisk.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;

/**
 * A compiler {@link brisk.diagnostics.Diagnostic} as an LSP diagnostic: same code, severity and
 * spans as {@code brisk check} prints. The message is rustc's message followed by the primary label
 * and the span-less notes and helps; secondary labels and spanned notes become related information.
 */
final class DiagnosticConverter {
    private final Function<FileId, LineMap> lines;
    private final Function<FileId, String> uris;

    /**
     * @param lines the line map of a file's text as analysed
     * @param uris  a file's URI, or null if it has none (bundled std): such spans are left out
     */
    DiagnosticConverter(Function<FileId, LineMap> lines, Function<FileId, String> uris) {
        this.lines = lines;
        this.uris = uris;
    }

    Diagnostic convert(brisk.diagnostics.Diagnostic d) {
        var out = new Diagnostic();
        out.setRange(lines.apply(d.primary().file()).range(d.primary().range()));
        out.setSeverity(severity(d.severity()));
        out.setSource("brisk");
        if (d.code() != null) {
            out.setCode(d.code());
            if (isErrorCode(d.code())) {
                out.setCodeDescription(new DiagnosticCodeDescription("https://doc.rust-lang.org/error_codes/" + d.code() + ".html"));
            } else if (d.code().startsWith("unused")) {
                out.setTags(List.of(DiagnosticTag.Unnecessary));
            }
        }
        var message = new StringBuilder(d.message());
        if (d.primaryLabel() != null && !d.primaryLabel().isEmpty()) {
            message.append('\n').append(d.primaryLabel());
        }
        var related = new ArrayList<DiagnosticRelatedInformation>();
        for (var label : d.secondary()) {
            String text = label.message() == null || label.message().isEmpty() ? d.message() : label.message();
            addRelated(related, label.span(), text);
        }
        for (var child : d.children()) {
            String text = child.severity().rustcName() + ": " + child.message();
            if (child.span() == null || child.isSuggestion()) {
                message.append('\n').append(text);
            } else {
                addRelated(related, child.span(), text);
            }
        }
        out.setMessage(message.toString());
        if (!related.isEmpty()) {
            out.setRelatedInformation(related);
        }
        return out;
    }

    private void addRelated(List<DiagnosticRelatedInformation> out, Span span, String message) {
        String uri = span == null ? null : uris.apply(span.file());
        if (uri != null) {
            out.add(new DiagnosticRelatedInformation(
                    new Location(uri, lines.apply(span.file()).range(span.range())), message));
        }
    }

    private static boolean isErrorCode(String code) {
        return code.length() == 5 && code.charAt(0) == 'E' && code.chars().skip(1).allMatch(Character::isDigit);
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
            case HELP -> DiagnosticSeverity.Hint;
        };
    }
}
