package brisk.lower.ir;

import java.util.List;

/** A function signature in IR types; unit-typed parameters and results take no JVM value. */
public record IrSig(List<IrType> params, IrType result) {
    public IrSig {
        params = List.copyOf(params);
    }

    public static IrSig of(IrType result, IrType... params) {
        return new IrSig(List.of(params), result);
    }
}
