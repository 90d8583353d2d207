package brisk.lower.ir;

import java.util.List;

/** A basic block: straight-line statements, then one terminator. */
public record IrBlock(List<IrStmt> statements, IrTerminator terminator) {
    public IrBlock {
        statements = List.copyOf(statements);
    }
}
