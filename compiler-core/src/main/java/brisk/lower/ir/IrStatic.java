package brisk.lower.ir;

/**
 * A Rust {@code static} (or {@code static mut}): a static field of its module's class, set when
 * the class is initialized to the result of {@code initializer}, a function taking nothing and
 * returning {@code type} that lower makes from the constant initializer expression.
 */
public record IrStatic(IrPath path, IrType type, FnRef initializer) {
    public IrStatic {
        if (path.segments().size() < 2) {
            throw new IllegalArgumentException("a static lives in a module: " + path);
        }
        if (type.isVoid()) {
            throw new IllegalArgumentException("static " + path + " holds nothing; lower drops it");
        }
        if (!initializer.sig().params().isEmpty() || !initializer.sig().result().equals(type)) {
            throw new IllegalArgumentException("initializer of " + path + " must be fn() -> " + type);
        }
    }

    /** The module whose class holds the static. */
    public IrPath module() {
        return new IrPath(path.segments().subList(0, path.segments().size() - 1));
    }
}
