package brisk.runtime;

/**
 * A mutable cell holding one {@code long}: how codegen represents a local or value that is
 * borrowed mutably ({@code &mut x}) and must be shared between frames or closures.
 */
public final class RefLong {
    private long value;

    public RefLong(long value) {
        this.value = value;
    }

    public long get() {
        return value;
    }

    public void set(long value) {
        this.value = value;
    }
}
