package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brisk.base.FileId;
import brisk.base.TextRange;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Code, severity, message and label, secondary labels as related information, byte spans as UTF-16 ranges. */
class DiagnosticConverterTest {
    private static final String TEXT = "fn é() {}\nfn é() {}\n";
    private static final FileId FILE = new FileId(0);

    @Test
    void convertsEveryPartOfADiagnostic() {
        int second = TEXT.indexOf("fn é", 1) + 1; // byte offset = char offset + 1 (é is 2 bytes)
        var d = Diagnostic.error("E0428", "the name `é` is defined multiple times",
                        new Span(FILE, new TextRange(second, second + 5)), "`é` redefined here")
                .withLabel(new Label(new Span(FILE, new TextRange(0, 5)), "previous definition of the value `é` here"))
                .withChild(SubDiagnostic.note("`é` must be defined only once in the value namespace of this module"));
        var converter = new DiagnosticConverter(f -> LineMap.of(TEXT), f -> "file:///src/lib.rs");
        var lsp = converter.convert(d);
        assertEquals("E0428", lsp.getCode().getLeft());
        assertEquals(DiagnosticSeverity.Error, lsp.getSeverity());
        assertEquals("brisk", lsp.getSource());
        assertEquals(new Range(new Position(1, 0), new Position(1, 4)), lsp.getRange());
        assertEquals("the name `é` is defined multiple times\n`é` redefined here\n"
                + "note: `é` must be defined only once in the value namespace of this module", lsp.getMessage());
        assertEquals("https://doc.rust-lang.org/error_codes/E0428.html", lsp.getCodeDescription().getHref());
        var related = lsp.getRelatedInformation();
        assertEquals(1, related.size());
        assertEquals("previous definition of the value `é` here", related.getFirst().getMessage());
        assertEquals("file:///src/lib.rs", related.getFirst().getLocation().getUri());
        assertEquals(new Range(new Position(0, 0), new Position(0, 4)), related.getFirst().getLocation().getRange());
    }

    @Test
    void aWarningWithALintNameIsTaggedUnnecessary() {
        var d = Diagnostic.warning("unused_imports", "unused import: `std::fmt`",
                new Span(FILE, new TextRange(0, 2)), null);
        var lsp = new DiagnosticConverter(f -> LineMap.of(TEXT), f -> null).convert(d);
        assertEquals(DiagnosticSeverity.Warning, lsp.getSeverity());
        assertEquals("unused import: `std::fmt`", lsp.getMessage());
        assertEquals(List.of(org.eclipse.lsp4j.DiagnosticTag.Unnecessary), lsp.getTags());
    }
}
