package brisk.lower.ir;

import java.util.List;

/** A Rust struct or enum declaration (monomorphic: lower emits one per instantiation if generic). */
public sealed interface IrAdt {

    IrPath path();

    record Struct(IrPath path, List<IrField> fields) implements IrAdt {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    record Enum(IrPath path, List<IrVariant> variants) implements IrAdt {
        public Enum {
            variants = List.copyOf(variants);
        }
    }
}
