package brisk.runtime;

/**
 * Rust thread identity as shown in panic messages: {@code thread 'NAME' (ID)}. The name is
 * {@code main} for the program's main thread, the test name inside a test, {@code <unnamed>} for
 * spawned threads without a name. The id is the OS thread id in rustc (the pid for the main
 * thread); brisk prints the JVM pid for the Rust main thread and the Java thread id otherwise,
 * so tests comparing panic output must normalise the number.
 */
public final class RtThreads {
    private static final ThreadLocal<String> NAME = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> MAIN = new ThreadLocal<>();

    private RtThreads() {}

    /** Names the current thread for Rust purposes ({@code thread::Builder::name}, test runner). */
    public static void setCurrentName(String name) {
        NAME.set(name);
    }

    static void markMain() {
        NAME.set("main");
        MAIN.set(Boolean.TRUE);
    }

    /** The current thread's Rust name, or {@code <unnamed>}. */
    public static String currentName() {
        String n = NAME.get();
        return n == null ? "<unnamed>" : n;
    }

    static long currentId() {
        if (MAIN.get() != null) {
            return ProcessHandle.current().pid();
        }
        return Thread.currentThread().threadId();
    }
}
