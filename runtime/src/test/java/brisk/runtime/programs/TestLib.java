package brisk.runtime.programs;

import brisk.runtime.Fmt;
import brisk.runtime.FmtSpec;
import brisk.runtime.Formatter;
import brisk.runtime.Io;
import brisk.runtime.Panic;
import brisk.runtime.Panics;
import brisk.runtime.test.TestDesc;
import brisk.runtime.test.TestHarness;
import java.util.List;

/** Hand-compiled unit tests of process/testlib/lib.rs, run through {@link TestHarness}. */
public final class TestLib {
    static int add(int a, int b) {
        return a + b;
    }

    static void assertEq(int l, int r, String loc) {
        if (l != r) {
            throw Panics.assertEqFailed(debug(l), debug(r), null, loc);
        }
    }

    static String debug(int v) {
        return Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugSigned(f, v, 32));
    }

    public static void main(String[] args) {
        List<TestDesc> tests = List.of(
                TestDesc.of("tests::adds", () -> assertEq(add(1, 2), 3, "src/lib.rs:5:25"), "src/lib.rs:5:17"),
                TestDesc.of("tests::fails", () -> {
                    Io.print("captured out\n");
                    Io.eprint("captured err\n");
                    assertEq(add(1, 1), 3, "src/lib.rs:6:79");
                }, "src/lib.rs:6:17"),
                TestDesc.of("tests::ign", () -> { }, "src/lib.rs:7:27").ignored(null),
                TestDesc.of("tests::ign_reason", () -> { }, "src/lib.rs:8:43").ignored("slow reason"),
                TestDesc.of("tests::sp_ok", () -> {
                    throw Panic.explicit("src/lib.rs:9:42", "x");
                }, "src/lib.rs:9:35").shouldPanic(null),
                TestDesc.of("tests::sp_nopanic", () -> { }, "src/lib.rs:10:32").shouldPanic(null),
                TestDesc.of("tests::sp_exp_ok", () -> {
                    throw Panic.explicit("src/lib.rs:11:64", "a foo b");
                }, "src/lib.rs:11:50").shouldPanic("foo"),
                TestDesc.of("tests::sp_exp_bad", () -> {
                    throw Panic.explicit("src/lib.rs:12:65", "bar");
                }, "src/lib.rs:12:50").shouldPanic("foo"),
                TestDesc.of("tests::sp_exp_nopanic", () -> { }, "src/lib.rs:13:50").shouldPanic("foo"),
                new TestDesc("tests::res_err", () -> Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugStr(f, "nope")),
                        false, null, false, null, "src/lib.rs:14:17"),
                new TestDesc("tests::res_ok", () -> null, false, null, false, null, "src/lib.rs:15:17"),
                TestDesc.of("tests::a_first", () -> {
                    Io.print("no newline");
                    throw Panic.explicit("src/lib.rs:16:50", "multi\nline");
                }, "src/lib.rs:16:17"));
        TestHarness.main(args, tests);
    }
}
