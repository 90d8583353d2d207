package brisk.lower.ir;

import java.util.List;

/** One enum variant; its index in {@link IrAdt.Enum#variants()} is its {@link IrExpr.Tag}. */
public record IrVariant(String name, List<IrField> fields) {
    public IrVariant {
        fields = List.copyOf(fields);
        if (!IrPath.isLegalSegment(name)) {
            throw new IllegalArgumentException("illegal variant name '" + name + "'");
        }
    }
}
