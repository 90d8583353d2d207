package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code base[index]} */
public record IndexExpr(SyntaxNode syntax) implements Expr {
    public static IndexExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.INDEX_EXPR ? new IndexExpr(node) : null;
    }

    public Expr base() {
        return AstChildren.nth(syntax, Expr::cast, 0);
    }

    public Expr index() {
        return AstChildren.nth(syntax, Expr::cast, 1);
    }
}
