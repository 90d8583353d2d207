package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code let pat = expr} in an {@code if}/{@code while} condition. */
public record LetExpr(SyntaxNode syntax) implements Expr {
    public static LetExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LET_EXPR ? new LetExpr(node) : null;
    }

    public Pat pat() {
        return AstChildren.child(syntax, Pat::cast);
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
