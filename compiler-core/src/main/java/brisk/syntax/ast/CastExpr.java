package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code expr as Type} */
public record CastExpr(SyntaxNode syntax) implements Expr {
    public static CastExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.CAST_EXPR ? new CastExpr(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }
}
