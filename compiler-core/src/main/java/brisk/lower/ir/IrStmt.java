package brisk.lower.ir;

/** A statement of a basic block. */
public sealed interface IrStmt {

    /** Evaluates {@code value}, then stores it into {@code place} (whose sub-expressions are evaluated first). */
    record Assign(Place place, IrExpr value) implements IrStmt {
        public Assign {
            if (!place.type().equals(value.type())) {
                throw new IllegalArgumentException("assign " + value.type() + " to place of " + place.type());
            }
        }
    }

    /** Evaluates {@code value} for its effects and discards the result. */
    record Eval(IrExpr value) implements IrStmt {}
}
