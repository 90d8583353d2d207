package brisk.runtime;

/**
 * A mutable cell holding one {@code float}: how codegen represents a local or value that is
 * borrowed mutably ({@code &mut x}) and must be shared between frames or closures.
 */
public final class RefFloat {
    private float value;

    public RefFloat(float value) {
        this.value = value;
    }

    public float get() {
        return value;
    }

    public void set(float value) {
        this.value = value;
    }
}
