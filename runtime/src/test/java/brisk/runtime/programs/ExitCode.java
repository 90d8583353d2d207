package brisk.runtime.programs;

import brisk.runtime.Io;
import brisk.runtime.Rt;

/** Hand-compiled process/exit_code.rs. */
public final class ExitCode {
    public static void main(String[] args) {
        Rt.main(() -> {
            Io.print("line\n");
            Io.print("partial");
            Rt.exit(3);
        }, "exit_code");
    }
}
