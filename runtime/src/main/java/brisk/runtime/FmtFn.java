package brisk.runtime;

/** One value's {@code fmt} method bound to the value: what generated code passes to builders. */
@FunctionalInterface
public interface FmtFn {
    void fmt(Formatter f);
}
