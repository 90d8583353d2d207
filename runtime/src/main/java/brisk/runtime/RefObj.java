package brisk.runtime;

/**
 * A mutable cell holding one {@code Object}: how codegen represents a local or value that is
 * borrowed mutably ({@code &mut x}) and must be shared between frames or closures.
 */
public final class RefObj {
    private Object value;

    public RefObj(Object value) {
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }
}
