package brisk.lower.ir;

/**
 * A Rust function compiled to a static method: {@code name} in the class of module {@code module}.
 * The name is the Rust identifier, or a lower-made synthetic name containing {@code $} for
 * impl methods and monomorphized instances ({@code Point$new}, {@code max$i32}).
 */
public record FnRef(IrPath module, String name, IrSig sig) {
    public FnRef {
        if (!IrPath.isLegalSegment(name)) {
            throw new IllegalArgumentException("illegal function name '" + name + "'");
        }
    }
}
