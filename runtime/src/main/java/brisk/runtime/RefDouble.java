package brisk.runtime;

/**
 * A mutable cell holding one {@code double}: how codegen represents a local or value that is
 * borrowed mutably ({@code &mut x}) and must be shared between frames or closures.
 */
public final class RefDouble {
    private double value;

    public RefDouble(double value) {
        this.value = value;
    }

    public double get() {
        return value;
    }

    public void set(double value) {
        this.value = value;
    }
}
