package brisk.runtime;

import java.util.function.Supplier;

/**
 * {@code std::thread::spawn} / {@code Builder::name(..).spawn} and {@code JoinHandle::join}. The
 * body runs on a new JVM thread carrying its Rust name (for panic reports) and the spawner's
 * output capture; a panic ends only that thread, and {@link #join} reports it as {@code Err}.
 * Spawned Rust threads do not keep the process alive once main returns (daemon threads).
 */
public final class RThread {
    /** Rust's spawned threads get 2 MiB of native stack; JVM frames are larger. */
    private static final long STACK_BYTES = 16L << 20;

    private final Thread thread;
    private Object result;
    private Panic panic;

    private RThread(Supplier<Object> body, String name) {
        this.thread = new Thread(null, () -> {
            if (name != null) {
                RtThreads.setCurrentName(name);
            }
            try {
                result = body.get();
            } catch (Panic p) {
                panic = p;
            } catch (StackOverflowError e) {
                Rt.stackOverflow();
            }
        }, name == null ? "rust-thread" : name, STACK_BYTES);
        thread.setDaemon(true);
    }

    /** Starts {@code body} on a new thread; {@code name} is null for unnamed threads. */
    public static RThread spawn(Supplier<Object> body, String name) {
        RThread t = new RThread(body, name);
        t.thread.start();
        return t;
    }

    /** Waits for the thread; returns true if it returned normally ({@code Ok}), false if it panicked. */
    public boolean join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return panic == null;
    }

    /** The body's return value after a successful {@link #join}. */
    public Object result() {
        return result;
    }

    /** The panic that ended the thread, after a failed {@link #join}. */
    public Panic panic() {
        return panic;
    }

    public boolean isFinished() {
        return !thread.isAlive();
    }

    /** {@code std::thread::sleep}. */
    public static void sleep(long millis, int nanos) {
        try {
            Thread.sleep(millis, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
