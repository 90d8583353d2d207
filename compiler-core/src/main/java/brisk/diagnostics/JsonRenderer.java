package brisk.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Machine-readable diagnostics: rustc's {@code --error-format=json} lines and cargo's
 * {@code --message-format=json} {@code compiler-message} lines, with rustc's field order (cargo
 * re-serialises the message: {@code rendered} first, the other fields sorted, {@code code} last;
 * with {@code json-diagnostic-rendered-ansi} it forwards rustc's line unchanged).
 * The {@code rendered} field is the {@link HumanRenderer} output (without colours unless asked). Error-code
 * explanations are not shipped, so {@code explanation} is always null.
 */
public final class JsonRenderer {
    private final SourceLookup sources;
    private final HumanRenderer human;
    private final boolean ansiRendered;

    public JsonRenderer(SourceLookup sources) {
        this(sources, false);
    }

    /**
     * @param ansiRendered put the coloured rendering in {@code rendered}, as cargo's
     *                     {@code --message-format=json-diagnostic-rendered-ansi} does
     */
    public JsonRenderer(SourceLookup sources, boolean ansiRendered) {
        this.sources = sources;
        this.human = new HumanRenderer(sources, ansiRendered);
        this.ansiRendered = ansiRendered;
    }

    /** One line of rustc's {@code --error-format=json} output, without the trailing newline. */
    public String rustcDiagnostic(Diagnostic d) {
        var out = new StringBuilder();
        JsonText.write(out, diagnostic(d, new SourceViews(sources)), false);
        return out.toString();
    }

    /** rustc's JSON line for a failure note such as {@code For more information about this error, ...}. */
    public String rustcFailureNote(String message) {
        var out = new StringBuilder();
        JsonText.write(out, failureNote(message), false);
        return out.toString();
    }

    /** One line of cargo's {@code --message-format=json} output, without the trailing newline. */
    public String cargoMessage(Diagnostic d, CargoMessageContext context) {
        return cargoLine(diagnostic(d, new SourceViews(sources)), context);
    }

    /** cargo's JSON line forwarding one of rustc's failure notes. */
    public String cargoFailureNote(String message, CargoMessageContext context) {
        return cargoLine(failureNote(message), context);
    }

    private Map<String, Object> failureNote(String message) {
        var rendered = new StringBuilder();
        human.renderFailureNote(message, rendered);
        var m = new LinkedHashMap<String, Object>();
        m.put("$message_type", "diagnostic");
        m.put("message", message);
        m.put("code", null);
        m.put("level", "failure-note");
        m.put("spans", List.of());
        m.put("children", List.of());
        m.put("rendered", rendered.toString());
        return m;
    }

    private String cargoLine(Map<String, Object> message, CargoMessageContext context) {
        var out = new StringBuilder();
        out.append("{\"reason\":\"compiler-message\",\"package_id\":");
        JsonText.string(out, context.packageId());
        out.append(",\"manifest_path\":");
        JsonText.string(out, context.manifestPath());
        out.append(",\"target\":");
        JsonText.write(out, target(context.target()), false);
        out.append(",\"message\":");
        if (ansiRendered) {
            // cargo forwards rustc's own line untouched when it asks rustc for ANSI renderings.
            JsonText.write(out, message, false);
            return out.append('}').toString();
        }
        out.append("{\"rendered\":");
        JsonText.string(out, (String) message.get("rendered"));
        var rest = new LinkedHashMap<>(message);
        rest.remove("rendered");
        Object code = rest.remove("code");
        for (String key : rest.keySet().stream().sorted().toList()) {
            out.append(',');
            JsonText.string(out, key);
            out.append(':');
            JsonText.write(out, rest.get(key), true);
        }
        out.append(",\"code\":");
        JsonText.write(out, code, true);
        out.append("}}");
        return out.toString();
    }

    private static Map<String, Object> target(CargoTarget t) {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", t.kind());
        m.put("crate_types", t.crateTypes());
        m.put("name", t.name());
        m.put("src_path", t.srcPath());
        m.put("edition", t.edition());
        m.put("doc", t.doc());
        m.put("doctest", t.doctest());
        m.put("test", t.test());
        return m;
    }

    private Map<String, Object> diagnostic(Diagnostic d, SourceViews views) {
        var m = new LinkedHashMap<String, Object>();
        m.put("$message_type", "diagnostic");
        m.put("message", d.message());
        m.put("code", code(d.code()));
        m.put("level", d.severity().rustcName());
        m.put("spans", spans(MultiSpan.of(d.primary(), d.primaryLabel(), d.secondary()), views));
        var children = new ArrayList<Object>();
        for (SubDiagnostic c : d.children()) {
            if (!c.isSuggestion()) {
                children.add(child(c.message(), c.severity().rustcName(), spans(HumanRenderer.childSpan(c), views)));
            }
        }
        for (SubDiagnostic c : d.children()) {
            if (c.isSuggestion()) {
                children.add(child(c.message(), "help", suggestionSpans(c.suggestion(), views)));
            }
        }
        m.put("children", children);
        m.put("rendered", human.render(d));
        return m;
    }

    private static Object code(String code) {
        if (code == null) {
            return null;
        }
        var m = new LinkedHashMap<String, Object>();
        m.put("code", code);
        m.put("explanation", null);
        return m;
    }

    private static Map<String, Object> child(String message, String level, List<Object> spans) {
        var m = new LinkedHashMap<String, Object>();
        m.put("message", message);
        m.put("code", null);
        m.put("level", level);
        m.put("spans", spans);
        m.put("children", List.of());
        m.put("rendered", null);
        return m;
    }

    private List<Object> spans(MultiSpan msp, SourceViews views) {
        var out = new ArrayList<Object>();
        for (SpanLabel l : msp.spanLabels()) {
            out.add(span(l.span(), l.primary(), l.label(), null, null, views));
        }
        return out;
    }

    private List<Object> suggestionSpans(Suggestion s, SourceViews views) {
        var out = new ArrayList<Object>();
        for (SuggestionPart p : s.parts()) {
            out.add(span(p.span(), true, null, p.replacement(), s.applicability().rustcName(), views));
        }
        return out;
    }

    private Map<String, Object> span(Span span, boolean primary, String label, String replacement,
            String applicability, SourceViews views) {
        SourceView source = views.of(span.file());
        SourceView.Loc lo = source.loc(span.range().start());
        SourceView.Loc hi = source.loc(span.range().end());
        var m = new LinkedHashMap<String, Object>();
        m.put("file_name", source.path);
        m.put("byte_start", span.range().start());
        m.put("byte_end", span.range().end());
        m.put("line_start", lo.line());
        m.put("line_end", hi.line());
        m.put("column_start", lo.col() + 1);
        m.put("column_end", hi.col() + 1);
        m.put("is_primary", primary);
        var text = new ArrayList<Object>();
        for (int line = lo.line(); line <= hi.line() && sources.showSource(span.file()); line++) {
            String lineText = source.line(line);
            int chars = lineText.codePointCount(0, lineText.length());
            var t = new LinkedHashMap<String, Object>();
            t.put("text", lineText);
            t.put("highlight_start", (line == lo.line() ? lo.col() : 0) + 1);
            t.put("highlight_end", (line == hi.line() ? hi.col() : chars) + 1);
            text.add(t);
        }
        m.put("text", text);
        m.put("label", label);
        m.put("suggested_replacement", replacement);
        m.put("suggestion_applicability", applicability);
        m.put("expansion", null);
        return m;
    }
}
