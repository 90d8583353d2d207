package brisk.lower.ir;

/** A field declaration: Rust name (tuple fields {@code "0"}, {@code "1"}) and type. */
public record IrField(String name, IrType type) {
    public IrField {
        if (!IrPath.isLegalSegment(name)) {
            throw new IllegalArgumentException("illegal field name '" + name + "'");
        }
        if (type.isVoid()) {
            throw new IllegalArgumentException("field " + name + " holds nothing; lower drops it");
        }
    }
}
