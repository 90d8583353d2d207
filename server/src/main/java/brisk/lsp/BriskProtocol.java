package brisk.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;

/** brisk's own requests on top of LSP (see {@code PROTOCOL.md} in the repository's brief). */
public interface BriskProtocol {
    /** {@code brisk/listTests} with params {@code {}}: every {@code #[test]} fn of the workspace, sorted by uri then line. */
    @JsonRequest("brisk/listTests")
    CompletableFuture<List<TestInfo>> listTests(Object params);
}
