package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** An expression statement. */
public record ExprStmt(SyntaxNode syntax) implements Stmt, HasAttrs {
    public static ExprStmt cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.EXPR_STMT ? new ExprStmt(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public boolean hasSemicolon() {
        return syntax.tokenOfKind(SyntaxKind.SEMICOLON) != null;
    }
}
