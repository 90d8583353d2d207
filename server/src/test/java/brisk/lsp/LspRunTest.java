package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run commands and {@code brisk/listTests} through LSP4J, on the {@code demo} fixture: one test
 * passing, then failing after an unsaved edit, the binary's output, compile errors, cancellation,
 * and a rebuild that rewrites only the changed classes.
 */
@Timeout(180)
class LspRunTest {
    @TempDir
    Path dir;

    @Test
    void runTestAnswersPassedThenFailedAfterAnUnsavedEdit() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path lib = root.resolve("src/lib.rs");
        String text = Files.readString(lib);
        try (var client = new TestClient()) {
            client.initialize(root);
            String opened = text.replace("assert_eq!", "println!(\"checking {}\", area(2, 3));\n        assert_eq!");
            String uri = client.open(lib, opened);
            var passed = runTest(client, uri, "tests::area_works");
            assertTrue(passed.get("passed").getAsBoolean(), passed.toString());
            assertEquals("checking 6\n", passed.get("output").getAsString());
            assertTrue(passed.get("durationMs").getAsLong() > 0, passed.toString());
            TestClient.await("the summary message", () -> client.logs.stream().anyMatch(m -> m.getType()
                    == MessageType.Info && m.getMessage().startsWith("brisk: test `tests::area_works` passed")));

            LspServerTest.change(client, uri, 2, wholeLine(opened, "assert_eq!"),
                    "        assert_eq!(area(2, 3), 7);");
            var failed = runTest(client, uri, "tests::area_works");
            assertFalse(failed.get("passed").getAsBoolean(), failed.toString());
            String output = failed.get("output").getAsString();
            assertTrue(output.contains("checking 6\n"), output);
            assertTrue(output.contains("assertion `left == right` failed\n  left: 6\n right: 7"), output);
            TestClient.await("the failure message", () -> client.logs.stream().anyMatch(m -> m.getType()
                    == MessageType.Error && m.getMessage().startsWith("brisk: test `tests::area_works` failed")));

            LspServerTest.change(client, uri, 3, new Range(new Position(0, 0), new Position(0, 0)),
                    "#[test]\n#[ignore]\nfn slow() {\n    println!(\"ran\");\n}\n");
            var ignored = runTest(client, uri, "slow");
            assertTrue(ignored.get("passed").getAsBoolean(), ignored.toString());
            assertEquals("ran\n", ignored.get("output").getAsString());

            var missing = runTest(client, uri, "tests::no_such_test");
            assertFalse(missing.get("passed").getAsBoolean());
        }
    }

    @Test
    void runAnswersTheProgramsOutputAndCompileErrorsFail() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path main = root.resolve("src/main.rs");
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = main.toUri().toString();
            var ran = execute(client, CodeLenses.RUN, uri);
            assertTrue(ran.get("passed").getAsBoolean(), ran.toString());
            assertEquals("9\n", ran.get("output").getAsString());

            // A type error in an unsaved buffer of the library: the run stops at the check, as cargo's.
            Path shapes = root.resolve("src/shapes.rs");
            client.open(shapes, Files.readString(shapes).replace("rect_area(&r)", "rect_area(r)"));
            var broken = execute(client, CodeLenses.RUN, uri);
            assertFalse(broken.get("passed").getAsBoolean(), broken.toString());
            String output = broken.get("output").getAsString();
            assertTrue(output.contains("error[E0308]: mismatched types"), output);
            assertTrue(output.contains("error: could not compile `demo` (lib) due to 1 previous error"), output);

            // Valid Rust that brisk cannot compile yet: the answer says what is missing.
            String shapesUri = shapes.toUri().toString();
            client.remote.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                    new org.eclipse.lsp4j.TextDocumentIdentifier(shapesUri)));
            client.open(main, Files.readString(main).replace("let side = 3;", "let side = 3;\n    let _ = later();")
                    + "\nasync fn later() -> i32 {\n    1\n}\n");
            var unsupported = execute(client, CodeLenses.RUN, uri);
            assertFalse(unsupported.get("passed").getAsBoolean(), unsupported.toString());
            assertTrue(unsupported.get("output").getAsString().contains("brisk does not support `async fn` yet"),
                    unsupported.toString());

            var notABinary = assertThrows(ExecutionException.class,
                    () -> client.remote.getWorkspaceService().executeCommand(new ExecuteCommandParams(CodeLenses.RUN,
                            List.of(shapes.toUri().toString()))).get());
            assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                    assertInstanceOf(ResponseErrorException.class, notABinary.getCause()).getResponseError().getCode());
            var noArguments = assertThrows(ExecutionException.class, () -> client.remote.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(CodeLenses.RUN_TEST, List.of())).get());
            assertInstanceOf(ResponseErrorException.class, noArguments.getCause());
        }
    }

    @Test
    void listTestsNamesEveryTestAsLibtestDoes() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Files.createDirectories(root.resolve("tests"));
        Files.writeString(root.resolve("tests/api.rs"), "use demo::area;\n\n#[test]\nfn squares() {\n"
                + "    assert_eq!(area(3, 3), 9);\n}\n");
        try (var client = new TestClient()) {
            client.initialize(root);
            var tests = client.remote.listTests(Map.of()).get();
            assertEquals(2, tests.size(), tests.toString());
            var unit = tests.getFirst();
            assertEquals(root.resolve("src/lib.rs").toUri().toString(), unit.uri());
            assertEquals("tests::area_works", unit.testPath());
            assertEquals("area_works", unit.name());
            assertEquals("demo", unit.packageName());
            assertEquals("demo", unit.target());
            assertEquals(new Range(new Position(12, 4), new Position(15, 5)), unit.range());
            var integration = tests.get(1);
            assertEquals(root.resolve("tests/api.rs").toUri().toString(), integration.uri());
            assertEquals("squares", integration.testPath());
            assertEquals("api", integration.target());

            var result = runTest(client, integration.uri(), integration.testPath());
            assertTrue(result.get("passed").getAsBoolean(), result.toString());
        }
    }

    @Test
    void cancellingARunKillsTheProgram() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path lib = root.resolve("src/lib.rs");
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = client.open(lib, Files.readString(lib).replace("assert_eq!(area(2, 3), 6);",
                    "loop {}"));
            var running = client.remote.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams(CodeLenses.RUN_TEST, List.of(uri, "tests::area_works")));
            TestClient.await("the test's JVM", () -> ProcessHandle.current().descendants().findAny().isPresent());
            running.cancel(true);
            // Cancelled here, or answered RequestCancelled by the server first.
            var thrown = assertThrows(Exception.class, running::get);
            assertTrue(thrown instanceof CancellationException || thrown.getCause() instanceof ResponseErrorException e
                    && e.getResponseError().getCode() == ResponseErrorCode.RequestCancelled.getValue(), thrown.toString());
            TestClient.await("the test's JVM to be killed",
                    () -> ProcessHandle.current().descendants().findAny().isEmpty());
            // The server goes on: the next run works.
            var main = execute(client, CodeLenses.RUN, root.resolve("src/main.rs").toUri().toString());
            assertTrue(main.get("passed").getAsBoolean(), main.toString());
        }
    }

    @Test
    void aRunAfterABodyEditRewritesOnlyTheChangedClasses() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        Path shapes = root.resolve("src/shapes.rs");
        String text = Files.readString(shapes);
        String main = root.resolve("src/main.rs").toUri().toString();
        try (var client = new TestClient()) {
            client.initialize(root);
            String uri = client.open(shapes);
            assertEquals("9\n", execute(client, CodeLenses.RUN, main).get("output").getAsString());
            int first = lastClassesWritten(client);
            assertTrue(first >= 3, "a first build writes every class: " + first);

            assertEquals("9\n", execute(client, CodeLenses.RUN, main).get("output").getAsString());
            assertEquals(0, lastClassesWritten(client), "nothing changed");

            LspServerTest.change(client, uri, 2, wholeLine(text, "rect_area(&r)"), "    rect_area(&r) + 1");
            assertEquals("10\n", execute(client, CodeLenses.RUN, main).get("output").getAsString());
            assertEquals(1, lastClassesWritten(client), "only the edited fn's module class");
        }
        // The server wrote nothing but its cache directory, target/brisk.
        try (var files = Files.walk(root)) {
            var outside = files.filter(p -> p.startsWith(root.resolve("target")) && !p.equals(root.resolve("target"))
                    && !p.startsWith(root.resolve("target/brisk"))).toList();
            assertEquals(List.of(), outside);
        }
        assertEquals(List.of("Cargo.toml", "src"), Files.list(root).filter(p -> !p.endsWith("target"))
                .map(p -> p.getFileName().toString()).sorted().toList());
    }

    private static final Pattern WRITTEN = Pattern.compile(": (\\d+) class file\\(s\\) written");

    private static int lastClassesWritten(TestClient client) {
        int written = -1;
        for (var message : client.logs) {
            var matcher = WRITTEN.matcher(message.getMessage());
            if (matcher.find()) {
                written = Integer.parseInt(matcher.group(1));
            }
        }
        return written;
    }

    static JsonObject runTest(TestClient client, String uri, String testPath) throws Exception {
        return execute(client, CodeLenses.RUN_TEST, uri, testPath);
    }

    static JsonObject execute(TestClient client, String command, String... args) throws Exception {
        var result = client.remote.getWorkspaceService()
                .executeCommand(new ExecuteCommandParams(command, List.of((Object[]) args))).get();
        // LSP4J hands an untyped result over as parsed JSON (maps and lists).
        return new com.google.gson.Gson().toJsonTree(result).getAsJsonObject();
    }

    /** The range of the whole line (without its newline) holding {@code needle}. */
    static Range wholeLine(String text, String needle) {
        var at = LspServerTest.position(text, needle, 0);
        int lineStart = text.lastIndexOf('\n', text.indexOf(needle)) + 1;
        int lineEnd = text.indexOf('\n', lineStart);
        return new Range(new Position(at.getLine(), 0), new Position(at.getLine(), lineEnd - lineStart));
    }
}
