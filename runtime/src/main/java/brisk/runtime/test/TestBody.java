package brisk.runtime.test;

/**
 * The body of a {@code #[test]} fn. Returns null on success; a test returning
 * {@code Result<(), E>} returns the {@code {:?}} rendering of {@code E} when it is {@code Err}.
 * A failing assertion throws {@link brisk.runtime.Panic}.
 */
@FunctionalInterface
public interface TestBody {
    String run();
}
