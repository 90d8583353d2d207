package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files appearing and changing on disk, files outside any workspace, odd and huge files. */
@Timeout(300)
class LspWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aCreatedModuleFileReloadsTheFileSetAndAChangedFileIsReread() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path lib = root.resolve("src/lib.rs");
        String text = "pub mod extra;\n" + Files.readString(lib);
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = client.open(lib, text);
            var missing = client.awaitDiagnostics(uri, 0, p -> !p.getDiagnostics().isEmpty());
            assertEquals("E0583", missing.getDiagnostics().getFirst().getCode().getLeft());

            Path extra = root.resolve("src/extra.rs");
            Files.writeString(extra, "pub fn helper() -> i64 { undefined_helper }\n");
            int since = client.published.size();
            watched(client, extra, FileChangeType.Created);
            client.awaitDiagnostics(uri, since, p -> p.getDiagnostics().isEmpty());
            String extraUri = extra.toUri().toString();
            var inExtra = client.awaitDiagnostics(extraUri, since, p -> !p.getDiagnostics().isEmpty());
            assertEquals("E0425", inExtra.getDiagnostics().getFirst().getCode().getLeft());

            Files.writeString(extra, "pub fn helper() -> i64 { 1 }\n");
            since = client.published.size();
            watched(client, extra, FileChangeType.Changed);
            client.awaitDiagnostics(extraUri, since, p -> p.getDiagnostics().isEmpty());
        }
    }

    @Test
    void closingABufferMakesTheDiskTextTheInputAgain() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path shapes = root.resolve("src/shapes.rs");
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = client.open(shapes, Files.readString(shapes).replace("rect_area(&r)", "rect_area(&nope)"));
            client.awaitDiagnostics(uri, 0, p -> !p.getDiagnostics().isEmpty());
            int since = client.published.size();
            client.remote.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            client.awaitDiagnostics(uri, since, p -> p.getDiagnostics().isEmpty());
        }
    }

    @Test
    void aFileOutsideEveryWorkspaceIsAnalysedAlone() throws Exception {
        Path lone = dir.resolve("script.rs");
        Files.writeString(lone, "fn main() {\n    let x = 1;\n    println!(\"{}\", y);\n}\n");
        try (var client = new TestClient()) {
            client.initialize(null);
            String uri = client.open(lone);
            var published = client.awaitDiagnostics(uri, 0, p -> !p.getDiagnostics().isEmpty());
            var d = published.getDiagnostics().getFirst();
            assertEquals("E0425", d.getCode().getLeft());
            assertEquals(new Position(2, 19), d.getRange().getStart());
        }
    }

    @Test
    void aFileOfAPackageAboveTheOpenedFolderLoadsThatPackage() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path shapes = root.resolve("src/shapes.rs");
        try (var client = new TestClient()) {
            client.initialize(root.resolve("src"));
            String uri = client.open(shapes);
            String text = Files.readString(shapes);
            var definition = LspServerTest.definition(client, uri, LspServerTest.position(text, "area(r.w", 0));
            assertEquals(root.resolve("src/lib.rs").toUri().toString(), definition.getTargetUri());
        }
    }

    @Test
    void invalidUtf8OnDiskIsReadWithReplacementCharacters() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path shapes = root.resolve("src/shapes.rs");
        byte[] bytes = Files.readAllBytes(shapes);
        byte[] broken = new byte[bytes.length + 6];
        System.arraycopy("// \u0000".getBytes(), 0, broken, 0, 3);
        broken[3] = (byte) 0xff;
        broken[4] = (byte) 0xfe;
        broken[5] = '\n';
        System.arraycopy(bytes, 0, broken, 6, bytes.length);
        Files.write(shapes, broken);
        try (var client = new TestClient()) {
            client.initialize(root);
            var report = client.remote.getWorkspaceService().diagnostic(new WorkspaceDiagnosticParams(List.of())).get();
            assertTrue(report.getItems().stream().allMatch(r -> r.getWorkspaceFullDocumentDiagnosticReport().getItems()
                    .isEmpty()), report.toString());
            var symbols = client.remote.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(shapes.toUri().toString()))).get();
            assertEquals(5, symbols.size());
        }
    }

    @Test
    void aFiveMegabyteFileIsAnsweredSanely() throws Exception {
        var text = new StringBuilder("pub fn main() {}\n");
        int functions = 0;
        while (text.length() < 5_000_000) {
            text.append("/// Helper number ").append(functions).append(".\npub fn helper_").append(functions)
                    .append("(a: i64, b: i64) -> i64 {\n    let sum = a + b;\n    let product = a * b;\n")
                    .append("    sum * product + ").append(functions).append("\n}\n\n");
            functions++;
        }
        text.append("fn last() -> i64 { nowhere }\n");
        Path big = dir.resolve("big.rs");
        Files.writeString(big, text);
        try (var client = new TestClient()) {
            client.initialize(null);
            String uri = client.open(big);
            // Checking 35k fns takes seconds on a quiet machine; CI machines are not always quiet.
            var published = client.awaitDiagnostics(uri, 0, p -> !p.getDiagnostics().isEmpty(),
                    java.time.Duration.ofSeconds(150));
            var d = published.getDiagnostics().getFirst();
            assertEquals("E0425", d.getCode().getLeft());
            assertEquals(LspServerTest.position(text.toString(), "nowhere", 0), d.getRange().getStart());
            var id = new TextDocumentIdentifier(uri);
            var symbols = client.remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id)).get();
            assertEquals(functions + 2, symbols.size());
            var hover = client.remote.getTextDocumentService().hover(new HoverParams(id,
                    LspServerTest.position(text.toString(), "helper_7(", 0))).get();
            assertNotNull(hover);
            assertFalse(hover.getContents().getRight().getValue().isEmpty());
        }
    }

    private static void watched(TestClient client, Path file, FileChangeType type) {
        client.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(file.toUri().toString(), type))));
    }
}
