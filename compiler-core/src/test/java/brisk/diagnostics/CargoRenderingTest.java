package brisk.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven over the cargo projects in {@code src/test/resources/diagnostics/cargo}: brisk
 * reproduces cargo's {@code --message-format=json} lines and cargo's terminal output (rustc's
 * renderings plus cargo's per-unit summary lines). Regenerate with {@code bless.sh}.
 */
class CargoRenderingTest {

    record Message(Map<String, Object> line, Map<String, Object> message) {
        String level() {
            return (String) message.get("level");
        }

        Map<String, Object> target() {
            return Json.object(line.get("target"));
        }
    }

    record Project(String name, FixtureFiles.Lookup lookup, List<Message> messages, List<Message> ansiMessages) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Project> projects() {
        Path cargo = FixtureFiles.directory().resolve("cargo");
        try (Stream<Path> dirs = Files.list(cargo)) {
            return dirs.filter(Files::isDirectory).sorted().map(CargoRenderingTest::load).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Project load(Path dir) {
        String name = dir.getFileName().toString();
        var sources = new LinkedHashMap<String, String>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rs")).sorted().toList()) {
                sources.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Project(name, new FixtureFiles.Lookup(sources), messages("cargo/" + name + ".build.jsonl"),
                messages("cargo/" + name + ".build-ansi.jsonl"));
    }

    private static List<Message> messages(String file) {
        var messages = new ArrayList<Message>();
        for (String line : FixtureFiles.read(file).split("\n")) {
            if (!line.isBlank()) {
                Map<String, Object> json = Json.object(Json.parse(line));
                messages.add(new Message(json, Json.object(json.get("message"))));
            }
        }
        return messages;
    }

    private static Diagnostic diagnostic(Project p, Message m) {
        return RustcJsonFixture.toDiagnostic(m.message(), p.lookup()::id, message -> SuggestionStyle.SHOW_CODE);
    }

    private static CargoMessageContext context(Message m) {
        Map<String, Object> t = m.target();
        var target = new CargoTarget(strings(t.get("kind")), strings(t.get("crate_types")), (String) t.get("name"),
                (String) t.get("src_path"), (String) t.get("edition"), (Boolean) t.get("doc"),
                (Boolean) t.get("doctest"), (Boolean) t.get("test"));
        return new CargoMessageContext((String) m.line().get("package_id"), (String) m.line().get("manifest_path"),
                target);
    }

    private static List<String> strings(Object list) {
        return Json.array(list).stream().map(String.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void jsonLinesMatchCargo(Project p) {
        assertJsonLines(p, p.messages(), new JsonRenderer(p.lookup()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void ansiJsonLinesMatchCargo(Project p) {
        assertJsonLines(p, p.ansiMessages(), new JsonRenderer(p.lookup(), true));
    }

    private static void assertJsonLines(Project p, List<Message> messages, JsonRenderer renderer) {
        for (Message m : messages) {
            if (m.level().equals("failure-note")) {
                var expected = new StringBuilder();
                JsonText.write(expected, m.line(), false);
                assertEquals(expected.toString(),
                        renderer.cargoFailureNote((String) m.message().get("message"), context(m)));
                continue;
            }
            if (m.message().get("code") != null) {
                Json.object(m.message().get("code")).put("explanation", null);
            }
            var expected = new StringBuilder();
            JsonText.write(expected, m.line(), false);
            assertEquals(expected.toString(), renderer.cargoMessage(diagnostic(p, m), context(m)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void terminalOutputMatchesCargo(Project p) {
        var renderer = new HumanRenderer(p.lookup());
        var out = new StringBuilder();
        List<Message> unit = new ArrayList<>();
        for (int i = 0; i < p.messages().size(); i++) {
            unit.add(p.messages().get(i));
            boolean last = i + 1 == p.messages().size()
                    || !p.messages().get(i + 1).target().equals(unit.getFirst().target());
            if (last) {
                renderUnit(p, unit, renderer, out);
                unit = new ArrayList<>();
            }
        }
        assertEquals(FixtureFiles.read("cargo/" + p.name() + ".build.stderr"), out.toString());
    }

    private static void renderUnit(Project p, List<Message> messages, HumanRenderer renderer, StringBuilder out) {
        int errors = 0;
        int warnings = 0;
        int fixable = 0;
        var codes = new ArrayList<String>();
        for (Message m : messages) {
            if (m.level().equals("failure-note")) {
                continue;
            }
            Diagnostic d = diagnostic(p, m);
            renderer.render(d, out);
            if (d.severity() == Severity.ERROR) {
                errors++;
                if (d.code() != null) {
                    codes.add(d.code());
                }
            } else {
                warnings++;
            }
            if (d.children().stream().anyMatch(c -> c.isSuggestion()
                    && c.suggestion().applicability() == Applicability.MACHINE_APPLICABLE)) {
                fixable++;
            }
        }
        Map<String, Object> target = messages.getFirst().target();
        String kind = (String) Json.array(target.get("kind")).getFirst();
        var cargoUnit = new CargoUnit("foo", kind.equals("lib") ? CargoUnit.Kind.LIB : CargoUnit.Kind.BIN,
                (String) target.get("name"), false);
        if (errors > 0) {
            out.append(RustcSummary.explanationNotes(codes, false));
        }
        if (warnings > 0) {
            out.append(CargoSummary.warningsGenerated(cargoUnit, warnings, 0, errors > 0 ? 0 : fixable, false));
        }
        if (errors > 0) {
            out.append(CargoSummary.couldNotCompile(cargoUnit, errors, warnings, false));
        }
    }
}
