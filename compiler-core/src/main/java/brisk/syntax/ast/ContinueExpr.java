package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code continue 'l} */
public record ContinueExpr(SyntaxNode syntax) implements Expr {
    public static ContinueExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.CONTINUE_EXPR ? new ContinueExpr(node) : null;
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }
}
