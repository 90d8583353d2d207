package brisk.runtime.programs;

import brisk.runtime.Io;
import brisk.runtime.Rt;

/** Hand-compiled {@code for i in 0..100000 { println!("line {}", i); }}: run into a closed pipe. */
public final class BrokenPipe {
    public static void main(String[] args) {
        Rt.main(() -> {
            for (int i = 0; i < 100000; i++) {
                Io.print("line " + i + "\n");
            }
        }, "broken_pipe");
    }
}
