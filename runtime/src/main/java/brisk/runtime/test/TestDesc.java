package brisk.runtime.test;

/**
 * One {@code #[test]}: its path name ({@code tests::adds}), body, {@code #[ignore]} (with the
 * optional reason string), {@code #[should_panic]} (with the optional {@code expected}
 * substring) and the source position of the fn name ({@code src/lib.rs:13:8}), which libtest
 * prints when a should_panic test does not panic.
 */
public record TestDesc(String name, TestBody body, boolean ignore, String ignoreReason,
                       boolean shouldPanic, String expectedPanic, String location) {

    /** A plain {@code #[test] fn name() { … }}. */
    public static TestDesc of(String name, Runnable body, String location) {
        return new TestDesc(name, () -> {
            body.run();
            return null;
        }, false, null, false, null, location);
    }

    public TestDesc ignored(String reason) {
        return new TestDesc(name, body, true, reason, shouldPanic, expectedPanic, location);
    }

    public TestDesc shouldPanic(String expected) {
        return new TestDesc(name, body, ignore, ignoreReason, true, expected, location);
    }
}
