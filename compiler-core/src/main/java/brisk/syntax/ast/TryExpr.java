package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code expr?} */
public record TryExpr(SyntaxNode syntax) implements Expr {
    public static TryExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TRY_EXPR ? new TryExpr(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
