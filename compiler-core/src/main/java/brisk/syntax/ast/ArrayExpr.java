package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code [a, b]} or {@code [init; count]} */
public record ArrayExpr(SyntaxNode syntax) implements Expr {
    public static ArrayExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ARRAY_EXPR ? new ArrayExpr(node) : null;
    }

    public java.util.List<Expr> elements() {
        return AstChildren.children(syntax, Expr::cast);
    }

    public boolean isRepeat() {
        return syntax.tokenOfKind(SyntaxKind.SEMICOLON) != null;
    }
}
