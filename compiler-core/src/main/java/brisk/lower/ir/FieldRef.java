package brisk.lower.ir;

/**
 * A field of a struct ({@code variant == null}) or of one enum variant. {@code name} is the Rust
 * field name; tuple fields are named by their index ({@code "0"}, {@code "1"}).
 */
public record FieldRef(IrPath adt, String variant, String name, IrType type) {
    public FieldRef {
        if (type.isVoid()) {
            throw new IllegalArgumentException("field " + name + " of type " + type + " holds nothing; lower drops it");
        }
        if (variant != null && !IrPath.isLegalSegment(variant)) {
            throw new IllegalArgumentException("illegal variant name '" + variant + "'");
        }
        if (!IrPath.isLegalSegment(name)) {
            throw new IllegalArgumentException("illegal field name '" + name + "'");
        }
    }

    public static FieldRef ofStruct(IrPath struct, String name, IrType type) {
        return new FieldRef(struct, null, name, type);
    }

    public static FieldRef ofVariant(IrPath enumPath, String variant, String name, IrType type) {
        return new FieldRef(enumPath, variant, name, type);
    }
}
