package brisk.runtime.programs;

import brisk.runtime.Io;
import brisk.runtime.RVec;
import brisk.runtime.Rt;

/** Hand-compiled process/panic_after_print.rs. */
public final class PanicAfterPrint {
    public static void main(String[] args) {
        Rt.main(() -> {
            Io.print("x\n");
            Io.print("partial");
            RVec v = new RVec();
            Object x = v.get(3, "src/main.rs:6:21");
            Io.print(x + "\n");
        }, "panic_after_print");
    }
}
