package brisk.lower.ir;

/** A statement of a basic block. */
public sealed interface IrStmt {

    /**
     * Rust's assignment: evaluates {@code value}, then the place's operands (object, index and its
     * bounds check), then stores.
     */
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
