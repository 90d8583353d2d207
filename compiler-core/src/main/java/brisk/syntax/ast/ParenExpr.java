package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code (expr)} */
public record ParenExpr(SyntaxNode syntax) implements Expr {
    public static ParenExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PAREN_EXPR ? new ParenExpr(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
