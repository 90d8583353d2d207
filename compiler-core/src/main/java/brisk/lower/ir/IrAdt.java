package brisk.lower.ir;

import java.util.List;

/**
 * A Rust struct or enum declaration (monomorphic: lower emits one per instantiation if generic),
 * with the {@code dyn}-usable traits it implements.
 */
public sealed interface IrAdt {

    IrPath path();

    List<IrImpl> impls();

    record Struct(IrPath path, List<IrField> fields, List<IrImpl> impls) implements IrAdt {
        public Struct {
            fields = List.copyOf(fields);
            impls = List.copyOf(impls);
        }

        public Struct(IrPath path, List<IrField> fields) {
            this(path, fields, List.of());
        }
    }

    record Enum(IrPath path, List<IrVariant> variants, List<IrImpl> impls) implements IrAdt {
        public Enum {
            variants = List.copyOf(variants);
            impls = List.copyOf(impls);
        }

        public Enum(IrPath path, List<IrVariant> variants) {
            this(path, variants, List.of());
        }
    }
}
