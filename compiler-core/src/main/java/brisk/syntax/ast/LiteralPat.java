package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A literal pattern, possibly negated: {@code -1}. */
public record LiteralPat(SyntaxNode syntax) implements Pat {
    public static LiteralPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LITERAL_PAT ? new LiteralPat(node) : null;
    }

    public Literal literal() {
        return AstChildren.child(syntax, Literal::cast);
    }

    public boolean isNegated() {
        return syntax.tokenOfKind(SyntaxKind.MINUS) != null;
    }
}
