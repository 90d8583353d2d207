package brisk.runtime.programs;

import brisk.runtime.Fmt;
import brisk.runtime.FmtSpec;
import brisk.runtime.Formatter;
import brisk.runtime.Io;
import brisk.runtime.Panics;
import brisk.runtime.Rt;
import brisk.runtime.RThread;

/** Hand-compiled process/two_panics.rs: a named thread panics, then main's assert_eq! fails. */
public final class TwoPanics {
    public static void main(String[] args) {
        Rt.main(() -> {
            RThread t = RThread.spawn(() -> {
                throw Panics.unwrapNone("src/main.rs:4:11");
            }, "worker");
            if (t.join()) {
                throw new IllegalStateException("the worker should have panicked");
            }
            Io.eprint("joined\n");
            int left = 2;
            int right = 3;
            if (left != right) {
                throw Panics.assertEqFailed(debug(left), debug(right), "math is hard", "src/main.rs:8:5");
            }
        }, "two_panics");
    }

    static String debug(int v) {
        return Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugSigned(f, v, 32));
    }
}
