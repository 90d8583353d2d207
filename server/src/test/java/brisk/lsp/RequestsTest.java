package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.db.Cancelled;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** A failing handler answers with an error and logs; it never takes the server down. */
class RequestsTest {
    @Test
    void anInternalErrorBecomesAnErrorResponseAndALogMessage() throws Exception {
        try (var client = new TestClient()) {
            var requests = new Requests(client.server.session());
            var future = requests.run("hover", cancel -> {
                throw new IllegalStateException("boom");
            });
            var error = assertInstanceOf(ResponseErrorException.class,
                    assertThrows(ExecutionException.class, future::get).getCause());
            assertEquals(ResponseErrorCode.InternalError.getValue(), error.getResponseError().getCode());
            assertTrue(error.getResponseError().getMessage().contains("boom"));
            TestClient.await("the log message", () -> client.logs.stream().anyMatch(m ->
                    m.getType() == MessageType.Error && m.getMessage().contains("IllegalStateException: boom")));
            assertEquals("still alive", requests.run("next", cancel -> "still alive").get());
        }
    }

    @Test
    void aCancelledDatabaseReadIsContentModified() throws Exception {
        try (var client = new TestClient()) {
            var future = new Requests(client.server.session()).run("definition", cancel -> {
                throw new Cancelled();
            });
            var error = assertInstanceOf(ResponseErrorException.class,
                    assertThrows(ExecutionException.class, future::get).getCause());
            assertEquals(ResponseErrorCode.ContentModified.getValue(), error.getResponseError().getCode());
        }
    }

    @Test
    void aFailingNotificationIsLogged() throws Exception {
        try (var client = new TestClient()) {
            new Requests(client.server.session()).notification("didChange", () -> {
                throw new IllegalArgumentException("bad change");
            });
            TestClient.await("the log message", () -> client.logs.stream()
                    .anyMatch(m -> m.getMessage().contains("bad change")));
        }
    }
}
