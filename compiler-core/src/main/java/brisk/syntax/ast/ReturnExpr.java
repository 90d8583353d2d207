package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code return value} */
public record ReturnExpr(SyntaxNode syntax) implements Expr {
    public static ReturnExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RETURN_EXPR ? new ReturnExpr(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
