package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as {@code brisk lsp} runs it ({@link LspMain#serve}), fed raw JSON-RPC: malformed
 * messages, bad parameters, unknown methods, broken edits and text no editor should send are each
 * answered or logged, and the server goes on to a clean shutdown.
 */
@Timeout(120)
class LspProtocolTest {
    @TempDir
    Path dir;

    @Test
    void malformedMessagesAreAnsweredAndTheServerGoesOn() throws Exception {
        Path root = TestClient.copyFixture("demo", dir);
        String shapes = root.resolve("src/shapes.rs").toUri().toString();
        var toServer = Pipe.open();
        var toClient = Pipe.open();
        var exit = CompletableFuture.supplyAsync(() -> LspMain.serve(Channels.newInputStream(toServer.source()),
                Channels.newOutputStream(toClient.sink())));
        var out = Channels.newOutputStream(toServer.sink());
        var in = Channels.newInputStream(toClient.source());

        send(out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\""
                + root.toUri() + "\",\"capabilities\":{}}}");
        assertTrue(responseTo(in, 1).has("result"));
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

        // Not JSON at all, then JSON that is not a message: logged; the stream stays in sync.
        send(out, "{this is not json");
        send(out, "[1, 2, 3]");
        // Parameters of the wrong shape, and a method nobody implements.
        send(out, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":\"oops\"}");
        var badParams = responseTo(in, 2);
        assertTrue(badParams.has("error") || badParams.get("result").isJsonNull(), badParams.toString());
        send(out, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"brisk/noSuchRequest\",\"params\":{}}");
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
                responseTo(in, 3).getAsJsonObject("error").get("code").getAsInt());

        // A buffer with a lone surrogate (not valid UTF-16, so not encodable as UTF-8) and a NUL, then
        // an edit whose range lies outside the document.
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
                + shapes + "\",\"languageId\":\"rust\",\"version\":1,\"text\":\"// \\ud800 \\u0000\\n"
                + "pub fn f() -> i64 { 1 }\\n\"}}}");
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\""
                + shapes + "\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":-3,\"character\":0},"
                + "\"end\":{\"line\":999,\"character\":999}},\"text\":\"pub fn g() {}\\n\"}]}}");
        send(out, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/documentSymbol\",\"params\":{"
                + "\"textDocument\":{\"uri\":\"" + shapes + "\"}}}");
        var symbols = responseTo(in, 4);
        assertTrue(symbols.has("result"), symbols.toString());

        // A cancelled request id that does not exist is ignored.
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":12345}}");
        send(out, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}");
        assertTrue(responseTo(in, 5).has("result"));
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
        // Nothing written into the workspace but brisk's own directory.
        try (var files = Files.walk(root)) {
            assertTrue(files.noneMatch(p -> p.startsWith(root.resolve("target")) && !p.equals(root.resolve("target"))
                    && !p.startsWith(root.resolve("target/brisk"))));
        }
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Reads messages until the response with {@code id}; notifications and other responses are skipped. */
    private static JsonObject responseTo(InputStream in, int id) throws IOException {
        while (true) {
            var message = JsonParser.parseString(read(in)).getAsJsonObject();
            if (message.has("id") && !message.has("method") && message.get("id").getAsInt() == id) {
                return message;
            }
        }
    }

    private static String read(InputStream in) throws IOException {
        int length = -1;
        var line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the stream");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String header = line.toString(StandardCharsets.US_ASCII).strip();
            line.reset();
            if (header.isEmpty()) {
                break;
            }
            if (header.startsWith("Content-Length:")) {
                length = Integer.parseInt(header.substring("Content-Length:".length()).strip());
            }
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
