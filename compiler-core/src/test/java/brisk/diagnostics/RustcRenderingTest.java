package brisk.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven: for every {@code NAME.rs} fixture, rebuild rustc's diagnostics (from its JSON) as
 * brisk {@link Diagnostic}s and check that brisk renders exactly what rustc printed, in plain
 * text, in colour, and as JSON. Regenerate the expectations with {@code bless.sh}.
 */
class RustcRenderingTest {
    private static final String STYLE_HEADER = "// suggestion-style: ";

    record Fixture(String name, Map<String, String> sources, List<Map<String, Object>> diagnostics,
            List<Map<String, Object>> summary) {
        String crateRoot() {
            return sources.values().iterator().next();
        }

        /** The fixture's files plus stand-ins for the files rustc pointed into without showing them. */
        FixtureFiles.Lookup lookup() {
            var spansByFile = new java.util.LinkedHashMap<String, List<Map<String, Object>>>();
            for (Map<String, Object> d : diagnostics) {
                collectSpans(d, spansByFile);
            }
            var all = new java.util.LinkedHashMap<>(sources);
            spansByFile.keySet().removeAll(sources.keySet());
            spansByFile.forEach((path, spans) -> all.put(path, FixtureFiles.standIn(spans)));
            return new FixtureFiles.Lookup(all, spansByFile.keySet());
        }

        private static void collectSpans(Map<String, Object> d, Map<String, List<Map<String, Object>>> out) {
            for (Object o : Json.array(d.get("spans"))) {
                Map<String, Object> span = Json.object(o);
                out.computeIfAbsent((String) span.get("file_name"), k -> new ArrayList<>()).add(span);
            }
            for (Object c : Json.array(d.get("children"))) {
                collectSpans(Json.object(c), out);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fixture> fixtures() {
        return FixtureFiles.names().stream().map(RustcRenderingTest::load);
    }

    private static Fixture load(String name) {
        var diagnostics = new ArrayList<Map<String, Object>>();
        var summary = new ArrayList<Map<String, Object>>();
        for (String line : FixtureFiles.read(name + ".json").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> json = Json.object(Json.parse(line));
            (isSummary(json) ? summary : diagnostics).add(json);
        }
        return new Fixture(name, FixtureFiles.sources(name), diagnostics, summary);
    }

    private static boolean isSummary(Map<String, Object> json) {
        String message = (String) json.get("message");
        return Json.array(json.get("spans")).isEmpty()
                && (json.get("level").equals("failure-note") || message.startsWith("aborting due to")
                        || message.matches("\\d+ warnings? emitted"));
    }

    /**
     * rustc's JSON does not say how a suggestion is shown, so a fixture states it in header lines
     * {@code // suggestion-style: STYLE [message]}; without a message the line covers every
     * suggestion; the default is {@link SuggestionStyle#SHOW_CODE}.
     */
    private static SuggestionStyle suggestionStyle(String source, String message) {
        SuggestionStyle style = SuggestionStyle.SHOW_CODE;
        for (String line : source.split("\n")) {
            if (!line.startsWith(STYLE_HEADER)) {
                break;
            }
            String[] words = line.substring(STYLE_HEADER.length()).strip().split(" ", 2);
            if (words.length == 1 || words[1].equals(message)) {
                style = SuggestionStyle.valueOf(words[0]);
            }
        }
        return style;
    }

    private static List<Diagnostic> diagnostics(Fixture f) {
        FixtureFiles.Lookup lookup = f.lookup();
        return f.diagnostics().stream()
                .map(j -> RustcJsonFixture.toDiagnostic(j, lookup::id, message -> suggestionStyle(f.crateRoot(), message)))
                .toList();
    }

    private static String renderStderr(Fixture f, boolean color) {
        var renderer = new HumanRenderer(f.lookup(), color);
        var out = new StringBuilder();
        List<Diagnostic> diagnostics = diagnostics(f);
        for (Diagnostic d : diagnostics) {
            renderer.render(d, out);
        }
        return out.append(RustcSummary.render(diagnostics, color)).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void humanRenderingMatchesRustc(Fixture f) {
        assertEquals(FixtureFiles.read(f.name() + ".stderr"), renderStderr(f, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void colouredRenderingMatchesRustc(Fixture f) {
        // rustc highlights parts of some messages (the types in "expected `&mut i32` / found
        // `&{integer}`" notes) in bold magenta; brisk messages are plain text, so those escapes are
        // dropped from the expectation.
        String expected = FixtureFiles.read(f.name() + ".color.stderr")
                .replaceAll("\u001b\\[1m\u001b\\[35m([^\u001b]*)\u001b\\[0m", "$1");
        assertEquals(expected, renderStderr(f, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shortRenderingMatchesRustc(Fixture f) {
        var renderer = new HumanRenderer(f.lookup());
        var out = new StringBuilder();
        List<Diagnostic> diagnostics = diagnostics(f);
        for (Diagnostic d : diagnostics) {
            renderer.renderShort(d, out);
        }
        out.append(RustcSummary.renderShort(diagnostics, false));
        assertEquals(FixtureFiles.read(f.name() + ".short.stderr"), out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void jsonMatchesRustc(Fixture f) {
        var renderer = new JsonRenderer(f.lookup());
        List<Diagnostic> diagnostics = diagnostics(f);
        for (int i = 0; i < diagnostics.size(); i++) {
            Object expected = normalized(f.diagnostics().get(i));
            Object actual = normalized(Json.parse(renderer.rustcDiagnostic(diagnostics.get(i))));
            assertEquals(expected, actual);
        }

        int errors = (int) diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        int warnings = (int) diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        var summary = new ArrayList<String>();
        Diagnostic count = RustcSummary.countDiagnostic(errors, warnings);
        if (count != null) {
            summary.add(renderer.rustcDiagnostic(count));
        }
        if (errors > 0) {
            List<String> codes = diagnostics.stream()
                    .filter(d -> d.severity() == Severity.ERROR && d.code() != null
                            && HumanRenderer.isErrorCode(d.code()))
                    .map(Diagnostic::code)
                    .toList();
            RustcSummary.explanationMessages(codes).forEach(m -> summary.add(renderer.rustcFailureNote(m)));
        }
        var expected = new ArrayList<String>();
        for (Map<String, Object> line : f.summary()) {
            var sb = new StringBuilder();
            JsonText.write(sb, line, false);
            expected.add(sb.toString());
        }
        assertEquals(expected, summary);
    }

    /**
     * Comparable form: no explanation text (brisk does not ship the error index), no macro
     * expansion backtraces (brisk spans do not carry one) and spans in source order (rustc keeps
     * the order labels were added in, which brisk's model does not record).
     */
    private static Object normalized(Object value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new java.util.LinkedHashMap<String, Object>();
            for (var e : map.entrySet()) {
                copy.put((String) e.getKey(), normalized(e.getValue()));
            }
            if (copy.containsKey("explanation")) {
                copy.put("explanation", null);
            }
            if (copy.containsKey("expansion")) {
                copy.put("expansion", null);
            }
            if (copy.get("spans") instanceof List<?> spans) {
                var sorted = new ArrayList<Object>(spans);
                sorted.sort(Comparator.comparing((Object s) -> (Integer) Json.object(s).get("byte_start"))
                        .thenComparing(s -> (Integer) Json.object(s).get("byte_end"))
                        .thenComparing(s -> (Boolean) Json.object(s).get("is_primary")));
                copy.put("spans", sorted);
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RustcRenderingTest::normalized).toList();
        }
        return value;
    }
}
