package brisk.lsp;

import brisk.db.Cancelled;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Runs a request on the request pool so that nothing can kill the server: a client's
 * {@code $/cancelRequest} cancels the future (LSP4J answers RequestCancelled, and the handler's
 * {@link CancelChecker} stops it at its next check); an edit that arrives meanwhile cancels the
 * database read ({@link Cancelled}), answered ContentModified as the protocol asks; any other
 * exception (or a linkage or stack-overflow error) becomes an InternalError response plus a
 * {@code window/logMessage} with the stack.
 */
final class Requests {
    private final Session session;

    Requests(Session session) {
        this.session = session;
    }

    <R> CompletableFuture<R> run(String method, Function<CancelChecker, R> handler) {
        return CompletableFutures.computeAsync(session.requestPool(), cancel -> {
            try {
                return handler.apply(cancel);
            } catch (Cancelled e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
                        "the document changed while " + method + " ran", null));
            } catch (CancellationException | ResponseErrorException e) {
                throw e;
            } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                session.log(MessageType.Error, "brisk: " + method + " failed: " + describe(e));
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        "internal error in " + method + ": " + e, null));
            }
        });
    }

    /** Runs a notification handler; an exception is logged to the client, never thrown at LSP4J. */
    void notification(String method, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            session.log(MessageType.Error, "brisk: " + method + " failed: " + describe(e));
        }
    }

    static String describe(Throwable e) {
        var text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
