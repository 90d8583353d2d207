package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code break 'l value} */
public record BreakExpr(SyntaxNode syntax) implements Expr {
    public static BreakExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.BREAK_EXPR ? new BreakExpr(node) : null;
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
