package brisk.runtime.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.runtime.Io;
import brisk.runtime.RString;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-process checks of the harness paths the process-level libtest comparison does not cover. */
class TestHarnessTest {

    private static String runCaptured(List<TestDesc> tests, long timeoutMillis, String... args) {
        RString out = new RString();
        Io.beginCapture(out);
        try {
            int code = TestHarness.run(args, tests, timeoutMillis);
            return code + "\n" + out;
        } finally {
            Io.endCapture();
        }
    }

    @Test
    void testPastTheTimeLimitFailsWithNoteAndTheRunContinues() {
        List<TestDesc> tests = List.of(
                TestDesc.of("slow", () -> {
                    Io.print("started\n");
                    try {
                        Thread.sleep(Long.MAX_VALUE); // abandoned by the harness; must not burn CPU
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "src/lib.rs:1:4"),
                TestDesc.of("zfast", () -> { }, "src/lib.rs:2:4"));
        String out = runCaptured(tests, 300);
        assertTrue(out.startsWith("101\n\nrunning 2 tests\ntest slow ... FAILED\ntest zfast ... ok\n"), out);
        assertTrue(out.contains("---- slow stdout ----\nstarted\nnote: test exceeded the time limit of 0s (brisk)\n"), out);
        assertTrue(out.contains("test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out;"), out);
    }

    @Test
    void singularNounAndCleanPass() {
        String out = runCaptured(List.of(TestDesc.of("only", () -> { }, "src/lib.rs:1:4")), 1000);
        assertTrue(out.startsWith("0\n\nrunning 1 test\ntest only ... ok\n\ntest result: ok. 1 passed; 0 failed;"), out);
    }

    @Test
    void unknownFlagIsRejected() {
        assertEquals(null, TestHarness.parse(new String[] {"--bogus"}));
    }
}
