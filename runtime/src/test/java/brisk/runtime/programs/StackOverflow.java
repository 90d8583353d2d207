package brisk.runtime.programs;

import brisk.runtime.Arith;
import brisk.runtime.Io;
import brisk.runtime.Rt;

/** Hand-compiled process/stack_overflow.rs. */
public final class StackOverflow {
    static long f(long n) {
        if (n == 0) {
            return 0;
        }
        return Arith.addU64(Arith.addU64(1, f(n - 1), "src/main.rs:2:28"), 0, "src/main.rs:2:28");
    }

    public static void main(String[] args) {
        Rt.main(() -> {
            Io.print("before\n");
            Io.print("partial");
            Io.eprint("err\n");
            Io.print(Long.toUnsignedString(f(100_000_000_000L)) + "\n");
        }, "stack_overflow");
    }
}
