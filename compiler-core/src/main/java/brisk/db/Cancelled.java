package brisk.db;

/**
 * Thrown at a checked point (any read or {@link QueryContext#checkCancelled}) when a write is pending. The
 * computation stores no memo. Catch it only at request boundaries, close the snapshot, and retry or drop
 * the request. Carries no stack trace: it is control flow, not a bug.
 */
public final class Cancelled extends RuntimeException {
    public Cancelled() {
        super("a database write is pending; the request was cancelled", null, false, false);
    }
}
