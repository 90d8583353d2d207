package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hover and go-to-definition that read type inference: locals' types, fields, methods, literals. */
@Timeout(120)
class LspHoverTest {
    private static final String MAIN = """
            struct Point {
                pub x: i64,
                y: i64,
            }

            impl Point {
                /// The sum of the coordinates.
                fn sum(&self) -> i64 {
                    self.x + self.y
                }
            }

            fn main() {
                let p = Point { x: 1, y: 2 };
                let total = p.sum();
                let mut count = 0;
                count += 1;
                println!("{} {}", total + p.x, count);
            }
            """;

    @TempDir
    Path dir;

    @Test
    void hoverShowsInferredTypesFieldsAndMethods() throws Exception {
        Path main = workspace();
        try (var client = new TestClient()) {
            client.initialize(dir);
            String uri = client.open(main, MAIN);
            client.awaitIdle();
            assertEquals("```rust\nlet p: Point\n```", hover(client, uri, "p = Point"));
            assertEquals("```rust\nlet total: i64\n```", hover(client, uri, "total ="));
            assertEquals("```rust\nlet mut count: i32\n```", hover(client, uri, "count += 1"));
            assertEquals("```rust\nPoint\n```\n\n```rust\npub x: i64\n```", hover(client, uri, "x + self"));
            assertEquals("```rust\nPoint\n```\n\n```rust\ny: i64\n```", hover(client, uri, "y\n"));
            assertEquals("```rust\nPoint\n```\n\n```rust\ny: i64\n```", hover(client, uri, "y: 2"));
            assertEquals("```rust\nimpl Point\n```\n\n```rust\nfn sum(&self) -> i64\n```\n\n---\n\n"
                    + "The sum of the coordinates.", hover(client, uri, "sum()"));
            assertEquals("```rust\ni64\n```", hover(client, uri, "1, y"));
            assertEquals("```rust\ni32\n```", hover(client, uri, "0;"));
            assertNull(client.remote.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    LspServerTest.position(MAIN, "+=", 0))).get());
        }
    }

    @Test
    void definitionOfFieldsAndMethods() throws Exception {
        Path main = workspace();
        try (var client = new TestClient()) {
            client.initialize(dir);
            String uri = client.open(main, MAIN);
            var sum = LspServerTest.definition(client, uri, LspServerTest.position(MAIN, "sum()", 0));
            assertEquals(LspServerTest.position(MAIN, "sum(&self)", 0), sum.getTargetSelectionRange().getStart());
            var x = LspServerTest.definition(client, uri, LspServerTest.position(MAIN, "x + self", 0));
            assertEquals(LspServerTest.position(MAIN, "x: i64", 0), x.getTargetSelectionRange().getStart());
            assertEquals(LspServerTest.position(MAIN, "pub x", 0), x.getTargetRange().getStart());
            var y = LspServerTest.definition(client, uri, LspServerTest.position(MAIN, "y: 2", 0));
            assertEquals(LspServerTest.position(MAIN, "y: i64", 0), y.getTargetSelectionRange().getStart());
        }
    }

    private Path workspace() throws Exception {
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"hover\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
        Files.createDirectories(dir.resolve("src"));
        Path main = dir.resolve("src/main.rs");
        Files.writeString(main, MAIN);
        return main;
    }

    private static String hover(TestClient client, String uri, String needle) throws Exception {
        var hover = client.remote.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                LspServerTest.position(MAIN, needle, 0))).get();
        return hover == null ? null : hover.getContents().getRight().getValue();
    }
}
