package brisk.runtime;

/**
 * A mutable cell holding one {@code int}: how codegen represents a local or value that is
 * borrowed mutably ({@code &mut x}) and must be shared between frames or closures.
 */
public final class RefInt {
    private int value;

    public RefInt(int value) {
        this.value = value;
    }

    public int get() {
        return value;
    }

    public void set(int value) {
        this.value = value;
    }
}
