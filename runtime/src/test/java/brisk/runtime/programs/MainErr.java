package brisk.runtime.programs;

import brisk.runtime.Fmt;
import brisk.runtime.FmtSpec;
import brisk.runtime.Formatter;
import brisk.runtime.Io;
import brisk.runtime.Rt;

/** Hand-compiled process/main_err.rs: main returns {@code Err("bad")}. */
public final class MainErr {
    public static void main(String[] args) {
        int[] status = new int[1];
        int code = Rt.runMain(() -> {
            Io.print("hi\n");
            status[0] = Rt.mainReturnedError(Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugStr(f, "bad")));
        }, "main_err");
        Rt.exit(code != 0 ? code : status[0]);
    }
}
