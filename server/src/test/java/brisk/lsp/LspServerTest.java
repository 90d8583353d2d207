package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server end to end through LSP4J's client launcher, on the {@code demo} fixture (a lib with a
 * module, a unit-test module and a binary): as-you-type diagnostics, navigation, lenses, shutdown.
 */
@Timeout(120)
class LspServerTest {
    @TempDir
    Path dir;

    @Test
    void editsDiagnosticsNavigationAndShutdown() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path shapes = root.resolve("src/shapes.rs");
        Path lib = root.resolve("src/lib.rs");
        String text = Files.readString(shapes);
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = client.open(shapes);
            client.awaitIdle();
            TestClient.await("the end of the first analysis' progress", () -> client.progress.stream()
                    .anyMatch(p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd));
            assertInstanceOf(WorkDoneProgressBegin.class, client.progress.getFirst().getValue().getLeft());
            assertTrue(client.published.stream().noneMatch(p -> !p.getDiagnostics().isEmpty()),
                    "the fixture is clean: " + client.published);

            // An undefined name, typed as an incremental edit on a line with non-ASCII text above it.
            int since = client.published.size();
            Position amp = position(text, "&r)", 0);
            Position at = new Position(amp.getLine(), amp.getCharacter() + 1);
            change(client, uri, 2, new Range(at, new Position(at.getLine(), at.getCharacter() + 1)), "missing");
            var errors = client.awaitDiagnostics(uri, since, p -> !p.getDiagnostics().isEmpty());
            assertEquals(2, errors.getVersion());
            assertEquals(1, errors.getDiagnostics().size(), errors.toString());
            var error = errors.getDiagnostics().getFirst();
            assertEquals("E0425", error.getCode().getLeft());
            assertEquals(new Range(at, new Position(at.getLine(), at.getCharacter() + "missing".length())),
                    error.getRange());
            assertTrue(error.getMessage().startsWith("cannot find value `missing` in this scope"), error.getMessage());

            // The fix clears it.
            since = client.published.size();
            change(client, uri, 3, new Range(at, new Position(at.getLine(), at.getCharacter() + "missing".length())),
                    "r");
            var cleared = client.awaitDiagnostics(uri, since, p -> p.getDiagnostics().isEmpty());
            assertEquals(3, cleared.getVersion());

            var docs = client.remote.getTextDocumentService();
            var id = new TextDocumentIdentifier(uri);
            var hover = docs.hover(new HoverParams(id, position(text, "area(r.w", 0))).get();
            assertEquals("```rust\npub fn area(w: i64, h: i64) -> i64\n```\n\n---\n\nThe area of a `w` by `h` rectangle.",
                    hover.getContents().getRight().getValue());
            var ownName = docs.hover(new HoverParams(id, position(text, "square(s: i64)", 0))).get();
            assertEquals("```rust\npub fn square(s: i64) -> i64\n```", ownName.getContents().getRight().getValue());
            var variantHover = docs.hover(new HoverParams(id, position(text, "Rectangle { w, h }", 0))).get();
            assertEquals("```rust\nShape::Rectangle { w: i64, h: i64 }\n```", variantHover.getContents().getRight().getValue());
            var rectHover = docs.hover(new HoverParams(id, position(text, "Rect)", 0))).get();
            assertTrue(rectHover.getContents().getRight().getValue().contains("pub struct Rect {\n    pub w: i64,"),
                    rectHover.toString());
            var localHover = docs.hover(new HoverParams(id, position(text, "r)", 0))).get();
            assertEquals("```rust\nlet r: Rect\n```", localHover.getContents().getRight().getValue());

            LocationLink imported = definition(client, uri, position(text, "area;", 0));
            assertEquals(lib.toUri().toString(), imported.getTargetUri());
            LocationLink area = definition(client, uri, position(text, "area(r.w", 0));
            assertEquals(lib.toUri().toString(), area.getTargetUri());
            assertEquals(3, area.getTargetSelectionRange().getStart().getLine());
            LocationLink rect = definition(client, uri, position(text, "Rect { w", 0));
            assertEquals(uri, rect.getTargetUri());
            assertEquals(position(text, "Rect {", 0), rect.getTargetSelectionRange().getStart());
            LocationLink local = definition(client, uri, position(text, "r)", 0));
            assertEquals(position(text, "r = Rect", 0), local.getTargetSelectionRange().getStart());
            LocationLink variant = definition(client, uri, position(text, "Square(s) =>", 0));
            assertEquals(position(text, "Square(i64)", 0), variant.getTargetSelectionRange().getStart());
            LocationLink param = definition(client, uri, position(text, "s, h: s", 0));
            assertEquals(position(text, "s: i64", 0), param.getTargetSelectionRange().getStart());
            LocationLink armBinding = definition(client, uri, position(text, "s),", 0));
            Position square = position(text, "Square(s) =>", 0);
            assertEquals(new Position(square.getLine(), square.getCharacter() + "Square(".length()),
                    armBinding.getTargetSelectionRange().getStart());

            // Across crates, in a file that is not open: main.rs uses the library.
            String main = root.resolve("src/main.rs").toUri().toString();
            String mainText = Files.readString(root.resolve("src/main.rs"));
            LocationLink squareFn = definition(client, main, position(mainText, "square(side)", 0));
            assertEquals(uri, squareFn.getTargetUri());
            assertEquals(position(text, "square(s: i64)", 0), squareFn.getTargetSelectionRange().getStart());
            LocationLink module = definition(client, main, position(mainText, "shapes::", 0));
            assertEquals(uri, module.getTargetUri());

            // Into brisk's bundled std: a copy under target/brisk/std/ (the only place the server writes).
            LocationLink vec = definition(client, main, position(mainText, "println", 0));
            assertTrue(vec.getTargetUri().startsWith(root.resolve("target/brisk/std").toUri().toString()),
                    vec.getTargetUri());

            var symbols = docs.documentSymbol(new DocumentSymbolParams(id)).get().stream()
                    .map(e -> e.getRight()).toList();
            assertEquals(List.of("Rect", "Shape", "rect_area", "square", "shape_area"),
                    symbols.stream().map(DocumentSymbol::getName).toList());
            assertEquals(List.of("w", "h"), symbols.getFirst().getChildren().stream().map(DocumentSymbol::getName).toList());

            var lenses = docs.codeLens(new CodeLensParams(new TextDocumentIdentifier(lib.toUri().toString()))).get();
            assertEquals(1, lenses.size());
            assertEquals(CodeLenses.RUN_TEST, lenses.getFirst().getCommand().getCommand());
            assertEquals(List.of(lib.toUri().toString(), "tests::area_works"), lenses.getFirst().getCommand().getArguments()
                    .stream().map(a -> ((com.google.gson.JsonPrimitive) a).getAsString()).toList());
            var mainLenses = docs.codeLens(new CodeLensParams(new TextDocumentIdentifier(main))).get();
            assertEquals(CodeLenses.RUN, mainLenses.getFirst().getCommand().getCommand());
            assertEquals(List.of(main), mainLenses.getFirst().getCommand().getArguments().stream()
                    .map(a -> ((com.google.gson.JsonPrimitive) a).getAsString()).toList());
        }
    }

    @Test
    void errorsInTestModulesShowAndPullDiagnosticsAgree() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path lib = root.resolve("src/lib.rs");
        String text = Files.readString(lib).replace("area(2, 3)", "area(2, three)");
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = client.open(lib, text);
            var pushed = client.awaitDiagnostics(uri, 0, p -> !p.getDiagnostics().isEmpty());
            assertEquals("E0425", pushed.getDiagnostics().getFirst().getCode().getLeft());
            assertEquals(position(text, "three", 0), pushed.getDiagnostics().getFirst().getRange().getStart());

            var pulled = client.remote.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get();
            assertEquals(pushed.getDiagnostics(), pulled.getLeft().getItems());
            var workspace = client.remote.getWorkspaceService().diagnostic(new WorkspaceDiagnosticParams(List.of())).get();
            var forLib = workspace.getItems().stream().map(r -> r.getWorkspaceFullDocumentDiagnosticReport())
                    .filter(r -> r.getUri().equals(uri)).findFirst().orElseThrow();
            assertEquals(pushed.getDiagnostics(), forLib.getItems());
            assertEquals(1, forLib.getVersion());
        }
    }

    @Test
    void aBodyEditReresolvesOnlyThatBody() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path shapes = root.resolve("src/shapes.rs");
        String text = Files.readString(shapes);
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = client.open(shapes);
            client.awaitIdle();
            var host = client.server.session().projects().getFirst().host();
            host.resetStats();
            Position at = position(text, "let r = Rect", 0);
            change(client, uri, 2, new Range(at, at), "let extra = s + 1;\n    ");
            client.awaitIdle();
            var stats = host.stats();
            assertEquals(1, stats.executed("parse"), stats.renderTable());
            assertEquals(1, stats.backdated("item_tree"), stats.renderTable());
            assertEquals(0, stats.executed("def_map"), stats.renderTable());
            assertEquals(1, stats.executed("body_resolution"), "only the edited body\n" + stats.renderTable());
            assertTrue(stats.reused("body_resolution") >= 3, stats.renderTable());
            assertEquals(1, stats.executed("infer"), "only the edited body is type-checked\n" + stats.renderTable());
            assertTrue(stats.reused("infer") >= 3, stats.renderTable());
        }
    }

    @Test
    void aBurstOfEditsEndsWithTheDiagnosticsOfTheLastVersion() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path shapes = root.resolve("src/shapes.rs");
        String text = Files.readString(shapes);
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = client.open(shapes);
            client.awaitIdle();
            Position amp = position(text, "&r)", 0);
            Position at = new Position(amp.getLine(), amp.getCharacter() + 1);
            String current = "r";
            for (int version = 2; version <= 21; version++) {
                String next = version % 2 == 1 ? "missing" + version : "r";
                change(client, uri, version, new Range(at, new Position(at.getLine(), at.getCharacter()
                        + current.length())), next);
                current = next;
                if (version % 5 == 0) {
                    Thread.sleep(DiagnosticsPublisher.DEBOUNCE_MILLIS + 5);
                }
            }
            client.awaitIdle();
            // The server has published; the notification may still be on its way to this client.
            client.awaitDiagnostics(uri, 0, p -> Integer.valueOf(21).equals(p.getVersion()));
            var last = client.published.stream().filter(p -> p.getUri().equals(uri)).reduce((a, b) -> b).orElseThrow();
            assertEquals(21, last.getVersion(), last.toString());
            assertEquals(1, last.getDiagnostics().size(), last.toString());
            assertTrue(last.getDiagnostics().getFirst().getMessage().contains("`missing21`"), last.toString());
            var versions = client.published.stream().filter(p -> p.getUri().equals(uri) && p.getVersion() != null)
                    .map(p -> p.getVersion()).toList();
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i - 1) < versions.get(i), "publications go forward: " + versions);
            }
        }
    }

    @Test
    void unknownFilesAndBadPositionsAreAnsweredSanely() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        try (var client = new TestClient()) {
            client.initialize(root);
            var docs = client.remote.getTextDocumentService();
            var unknown = new TextDocumentIdentifier(dir.resolve("nowhere.rs").toUri().toString());
            assertNull(docs.hover(new HoverParams(unknown, new Position(0, 0))).get());
            assertTrue(docs.documentSymbol(new DocumentSymbolParams(unknown)).get().isEmpty());
            var untitled = new TextDocumentIdentifier("untitled:Untitled-1");
            assertNull(docs.hover(new HoverParams(untitled, new Position(3, 4))).get());
            // A change to a document that was never opened is logged, not fatal.
            change(client, "file:///not/open.rs", 2, new Range(new Position(0, 0), new Position(0, 0)), "x");
            String uri = client.open(root.resolve("src/shapes.rs"));
            var id = new TextDocumentIdentifier(uri);
            // A request the client cancels ($/cancelRequest) ends cancelled; the server goes on.
            var pending = client.remote.getWorkspaceService().diagnostic(new WorkspaceDiagnosticParams(List.of()));
            pending.cancel(true);
            assertTrue(pending.isCancelled());
            assertNull(docs.hover(new HoverParams(id, new Position(999, 999))).get());
            assertNull(docs.hover(new HoverParams(id, new Position(0, 9999))).get());
            assertNotNull(docs.hover(new HoverParams(id, new Position(0, 12))).get(), "the server still answers");
        }
    }

    static void change(TestClient client, String uri, int version, Range range, String text) {
        client.remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    static LocationLink definition(TestClient client, String uri, Position position) throws Exception {
        var result = client.remote.getTextDocumentService()
                .definition(new DefinitionParams(new TextDocumentIdentifier(uri), position)).get();
        assertTrue(result.isRight() && result.getRight().size() == 1, "one definition at " + position + ": " + result);
        return result.getRight().getFirst();
    }

    /** The LSP position (UTF-16) of the {@code occurrence}-th (0-based) {@code needle} in {@code text}. */
    static Position position(String text, String needle, int occurrence) {
        int index = text.indexOf(needle);
        for (int i = 0; i < occurrence; i++) {
            index = text.indexOf(needle, index + 1);
        }
        if (index < 0) {
            throw new IllegalArgumentException(needle);
        }
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return new Position(line, index - lineStart);
    }
}
