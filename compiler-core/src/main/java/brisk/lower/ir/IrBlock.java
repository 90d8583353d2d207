package brisk.lower.ir;

import java.util.List;

/**
 * A basic block: straight-line statements, then one terminator.
 *
 * @param unwind the cleanup block a panic escaping this block's statements or terminator goes to
 *               (running drops, then {@link IrTerminator.Resume}), or {@link #NO_UNWIND}: the
 *               panic leaves the function
 */
public record IrBlock(List<IrStmt> statements, IrTerminator terminator, int unwind) {
    public static final int NO_UNWIND = -1;

    public IrBlock {
        statements = List.copyOf(statements);
        if (unwind < NO_UNWIND) {
            throw new IllegalArgumentException("bad unwind target " + unwind);
        }
    }

    public IrBlock(List<IrStmt> statements, IrTerminator terminator) {
        this(statements, terminator, NO_UNWIND);
    }
}
