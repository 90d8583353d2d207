package brisk.diagnostics;

import brisk.base.FileId;
import brisk.base.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one diagnostic of rustc's JSON output into brisk's {@link Diagnostic} model: the test's
 * way of building "the same diagnostic" by hand, which also proves the model can hold what rustc
 * reports.
 */
final class RustcJsonFixture {
    private RustcJsonFixture() {}

    /** {@code suggestionStyle} maps a suggestion's message to how rustc showed it (JSON does not say). */
    static Diagnostic toDiagnostic(Map<String, Object> json, java.util.function.Function<String, FileId> files, java.util.function.Function<String, SuggestionStyle> suggestionStyle) {
        Severity severity = severity((String) json.get("level"));
        Object codeObject = json.get("code");
        String code = codeObject == null ? null : (String) Json.object(codeObject).get("code");
        Span primary = null;
        String primaryLabel = null;
        var secondary = new ArrayList<Label>();
        Map<String, Object> first = firstPrimary(Json.array(json.get("spans")));
        for (Object o : Json.array(json.get("spans"))) {
            Map<String, Object> span = Json.object(o);
            if (span == first) {
                primary = span(span, files);
                primaryLabel = (String) span.get("label");
            } else {
                secondary.add(new Label(span(span, files), (String) span.get("label"),
                        Boolean.TRUE.equals(span.get("is_primary"))));
            }
        }
        var children = new ArrayList<SubDiagnostic>();
        for (Object o : Json.array(json.get("children"))) {
            children.add(child(Json.object(o), files, suggestionStyle));
        }
        return new Diagnostic(severity, code, (String) json.get("message"), primary, primaryLabel, secondary, children);
    }

    private static SubDiagnostic child(Map<String, Object> json, java.util.function.Function<String, FileId> files, java.util.function.Function<String, SuggestionStyle> suggestionStyle) {
        Severity severity = severity((String) json.get("level"));
        String message = (String) json.get("message");
        List<Object> spans = Json.array(json.get("spans"));
        boolean isSuggestion = spans.stream()
                .anyMatch(s -> Json.object(s).get("suggested_replacement") != null);
        if (isSuggestion) {
            var parts = new ArrayList<SuggestionPart>();
            Applicability applicability = null;
            for (Object o : spans) {
                Map<String, Object> span = Json.object(o);
                parts.add(new SuggestionPart(span(span, files), (String) span.get("suggested_replacement")));
                applicability = applicability((String) span.get("suggestion_applicability"));
            }
            return SubDiagnostic.suggestion(message, new Suggestion(parts, applicability, suggestionStyle.apply(message)));
        }
        Span primary = null;
        String primaryLabel = null;
        var labels = new ArrayList<Label>();
        Map<String, Object> first = firstPrimary(spans);
        for (Object o : spans) {
            Map<String, Object> span = Json.object(o);
            if (span == first) {
                primary = span(span, files);
                primaryLabel = (String) span.get("label");
            } else {
                labels.add(new Label(span(span, files), (String) span.get("label"),
                        Boolean.TRUE.equals(span.get("is_primary"))));
            }
        }
        return new SubDiagnostic(severity, message, primary, primaryLabel, labels, null);
    }

    /** rustc prints the earliest primary span after {@code -->}; brisk's primary span is that one. */
    private static Map<String, Object> firstPrimary(List<Object> spans) {
        Map<String, Object> first = null;
        for (Object o : spans) {
            Map<String, Object> span = Json.object(o);
            if (Boolean.TRUE.equals(span.get("is_primary"))
                    && (first == null || (Integer) span.get("byte_start") < (Integer) first.get("byte_start"))) {
                first = span;
            }
        }
        return first;
    }

    private static Span span(Map<String, Object> json, java.util.function.Function<String, FileId> files) {
        return new Span(files.apply((String) json.get("file_name")), new TextRange((Integer) json.get("byte_start"), (Integer) json.get("byte_end")));
    }

    static Severity severity(String level) {
        return switch (level) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "note" -> Severity.NOTE;
            case "help" -> Severity.HELP;
            default -> throw new IllegalArgumentException("level " + level);
        };
    }

    private static Applicability applicability(String name) {
        for (Applicability a : Applicability.values()) {
            if (a.rustcName().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("applicability " + name);
    }
}
