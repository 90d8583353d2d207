package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code pat if guard => expr} */
public record MatchArm(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static MatchArm cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MATCH_ARM ? new MatchArm(node) : null;
    }

    public Pat pat() {
        return AstChildren.child(syntax, Pat::cast);
    }

    public MatchGuard guard() {
        return AstChildren.child(syntax, MatchGuard::cast);
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
