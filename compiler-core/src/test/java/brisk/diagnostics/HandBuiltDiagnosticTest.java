package brisk.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brisk.base.FileId;
import brisk.base.TextRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a phase builds diagnostics with the model's factories, checked against rustc's rendering
 * of the same fixtures (the expectations are the blessed {@code .stderr} files).
 */
class HandBuiltDiagnosticTest {

    private static String source(String name) {
        return FixtureFiles.read(name + ".rs");
    }

    private static Span span(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(needle, at + 1);
        }
        int start = text.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int length = needle.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return new Span(new FileId(0), new TextRange(start, start + length));
    }

    @Test
    void unresolvedName() {
        String text = source("unresolved_name");
        var sources = new FixtureFiles.Lookup(Map.of("unresolved_name.rs", text));
        Diagnostic d = Diagnostic.error("E0425", "cannot find value `undefined_name` in this scope",
                span(text, "undefined_name", 0), "not found in this scope");
        String stderr = new HumanRenderer(sources).render(d) + RustcSummary.render(List.of(d), false);
        assertEquals(FixtureFiles.read("unresolved_name.stderr"), stderr);
    }

    @Test
    void unusedVariableWithInlineSuggestion() {
        String text = source("unused_variable");
        var sources = new FixtureFiles.Lookup(Map.of("unused_variable.rs", text));
        Span x = span(text, "x", 0);
        Diagnostic d = Diagnostic.warning("unused_variables", "unused variable: `x`", x, null)
                .withChild(SubDiagnostic.note("`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default"))
                .withChild(SubDiagnostic.suggestion("if this is intentional, prefix it with an underscore",
                        Suggestion.replace(x, "_x", Applicability.MACHINE_APPLICABLE)));
        String stderr = new HumanRenderer(sources).render(d) + RustcSummary.render(List.of(d), false);
        assertEquals(FixtureFiles.read("unused_variable.stderr"), stderr);
    }

    @Test
    void mismatchedTypesWithChildSnippet() {
        String text = source("function_defined_here");
        var sources = new FixtureFiles.Lookup(Map.of("function_defined_here.rs", text));
        Span two = span(text, "2);", 0);
        two = new Span(two.file(), new TextRange(two.range().start(), two.range().start() + 1));
        Diagnostic d = Diagnostic.error("E0308", "mismatched types", two,
                        "expected `&str`, found integer")
                .withLabel(new Label(span(text, "takes", 1), "arguments to this function are incorrect"))
                .withChild(new SubDiagnostic(Severity.NOTE, "function defined here", span(text, "takes", 0))
                        .withLabel(new Label(span(text, "b: &str", 0), "")));
        String stderr = new HumanRenderer(sources).render(d) + RustcSummary.render(List.of(d), false);
        assertEquals(FixtureFiles.read("function_defined_here.stderr"), stderr);
    }
}
