package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code &expr}, {@code &mut expr}, {@code &raw const expr} */
public record RefExpr(SyntaxNode syntax) implements Expr {
    public static RefExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.REF_EXPR ? new RefExpr(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public boolean isMut() {
        return syntax.tokenOfKind(SyntaxKind.MUT_KW) != null;
    }
}
