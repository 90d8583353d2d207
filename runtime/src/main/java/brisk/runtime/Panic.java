package brisk.runtime;

/**
 * A Rust panic unwinding through compiled code. Creating one through {@link #panic} runs the panic
 * hook immediately (prints {@code thread '…' panicked at …} to stderr or the test capture), exactly
 * like rustc where the hook runs before unwinding starts, so output of code that runs while
 * unwinding appears after the message. The throwable carries no stack trace: panics are values
 * and capturing JVM frames would only cost time.
 */
public final class Panic extends RuntimeException {
    private final String message;
    private final String location;

    private Panic(String message, String location) {
        super(message, null, false, false);
        this.message = message;
        this.location = location;
    }

    /** Creates the panic and runs the hook; codegen does {@code throw Panic.panic(msg, loc)}. */
    public static Panic panic(String message, String location) {
        Panic p = new Panic(message, location);
        PanicHook.report(p);
        return p;
    }

    /** {@code panic!(...)} with an already formatted message; same as {@link #panic}. */
    public static RuntimeException explicit(String location, String message) {
        return panic(message, location);
    }

    /** The panic payload rendered as Rust's hook prints it (the formatted message). */
    public String message() {
        return message;
    }

    /** Source position of the panicking expression, e.g. {@code src/main.rs:4:13}. */
    public String location() {
        return location;
    }

    @Override
    public Throwable fillInStackTrace() {
        return this;
    }
}
