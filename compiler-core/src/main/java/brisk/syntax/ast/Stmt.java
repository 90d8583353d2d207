package brisk.syntax.ast;

import brisk.syntax.SyntaxNode;

/** A statement in a {@link StmtList}: a let, an expression statement, or an item. */
public sealed interface Stmt extends AstNode permits LetStmt, ExprStmt, Item {
    /** The Stmt wrapper for {@code node}, or null if it is not one. */
    static Stmt cast(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case LET_STMT -> new LetStmt(node);
            case EXPR_STMT -> new ExprStmt(node);
            default -> Item.cast(node);
        };
    }
}
