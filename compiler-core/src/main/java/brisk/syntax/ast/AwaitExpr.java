package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code expr.await} */
public record AwaitExpr(SyntaxNode syntax) implements Expr {
    public static AwaitExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.AWAIT_EXPR ? new AwaitExpr(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
