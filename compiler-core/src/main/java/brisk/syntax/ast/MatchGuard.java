package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code if cond} in a match arm. */
public record MatchGuard(SyntaxNode syntax) implements AstNode {
    public static MatchGuard cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MATCH_GUARD ? new MatchGuard(node) : null;
    }

    public Expr condition() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
