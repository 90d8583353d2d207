package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The braces of a block: statements and an optional tail expression. */
public record StmtList(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static StmtList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.STMT_LIST ? new StmtList(node) : null;
    }

    public java.util.List<Stmt> statements() {
        return AstChildren.children(syntax, Stmt::cast);
    }

    /** The final expression without {@code ;} (the block's value), or null. */
    public Expr tailExpr() {
        Expr last = null;
        for (SyntaxNode child : syntax.children()) {
            Expr e = Expr.cast(child);
            last = e;
        }
        return last;
    }
}
