package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** {@code a..b}, {@code a..=b}, {@code a..}, {@code ..b}, {@code ..} */
public record RangeExpr(SyntaxNode syntax) implements Expr {
    public static RangeExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RANGE_EXPR ? new RangeExpr(node) : null;
    }

    /** The start, or null for {@code ..b}. */
    public Expr start() {
        return AstChildren.beforeToken(syntax, Expr::cast, AstChildren.RANGE_OPS);
    }

    /** The end, or null for {@code a..}. */
    public Expr end() {
        return AstChildren.afterToken(syntax, Expr::cast, AstChildren.RANGE_OPS);
    }

    /** The operator token: DOT2, DOT2EQ or DOT3. */
    public SyntaxToken op() {
        return AstChildren.firstTokenOf(syntax, AstChildren.RANGE_OPS);
    }

    public boolean isInclusive() {
        SyntaxToken op = op();
        return op != null && op.kind() != SyntaxKind.DOT2;
    }
}
