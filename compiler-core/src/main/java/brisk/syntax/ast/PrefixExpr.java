package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** {@code -x}, {@code !x}, {@code *x} */
public record PrefixExpr(SyntaxNode syntax) implements Expr {
    public static PrefixExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PREFIX_EXPR ? new PrefixExpr(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }

    /** MINUS, BANG or STAR. */
    public SyntaxKind op() {
        SyntaxToken t = syntax.firstToken();
        while (t != null && t.kind().isTrivia()) {
            t = t.nextToken();
        }
        return t == null ? SyntaxKind.ERROR : t.kind();
    }
}
