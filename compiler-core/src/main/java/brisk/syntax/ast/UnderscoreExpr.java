package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code _} (destructuring assignment target). */
public record UnderscoreExpr(SyntaxNode syntax) implements Expr {
    public static UnderscoreExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.UNDERSCORE_EXPR ? new UnderscoreExpr(node) : null;
    }
}
