package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;

/** {@code a..=b}, {@code a..}, {@code ..=b} */
public record RangePat(SyntaxNode syntax) implements Pat {
    public static RangePat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RANGE_PAT ? new RangePat(node) : null;
    }

    /** The lower bound, or null for {@code ..=b}. */
    public Pat start() {
        return AstChildren.beforeToken(syntax, Pat::cast, AstChildren.RANGE_OPS);
    }

    /** The upper bound, or null for {@code a..}. */
    public Pat end() {
        return AstChildren.afterToken(syntax, Pat::cast, AstChildren.RANGE_OPS);
    }

    /** The range operator: DOT2, DOT2EQ or DOT3. */
    public SyntaxToken op() {
        return AstChildren.firstTokenOf(syntax, AstChildren.RANGE_OPS);
    }
}
