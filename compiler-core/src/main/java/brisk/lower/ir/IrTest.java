package brisk.lower.ir;

/**
 * One {@code #[test]} fn for the test harness.
 *
 * @param name          the test's path as libtest prints it ({@code tests::adds})
 * @param fn            the test: {@code fn() -> ()}, or {@code fn() -> java.lang.String} for a test
 *                      returning {@code Result<(), E>} (lower makes it return null for {@code Ok}
 *                      and the {@code {:?}} of {@code E} for {@code Err})
 * @param location      position of the fn name ({@code src/lib.rs:13:8})
 * @param ignoreReason  null unless {@code #[ignore]}; {@code ""} for an {@code #[ignore]} without reason
 * @param expectedPanic null unless {@code #[should_panic]}; {@code ""} when no {@code expected} is given
 */
public record IrTest(String name, FnRef fn, String location, String ignoreReason, String expectedPanic) {
    public IrTest {
        IrSig sig = fn.sig();
        if (!sig.params().isEmpty() || !(sig.result().isVoid() || sig.result().equals(IrType.JAVA_STRING))) {
            throw new IllegalArgumentException("test " + name + " must be fn() -> () or fn() -> String: " + sig);
        }
    }
}
