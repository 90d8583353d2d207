package brisk.runtime;

/** A type's {@code fmt} method as a function of the value: how collection helpers format elements. */
@FunctionalInterface
public interface ValueFmt {
    void fmt(Formatter f, Object value);
}
