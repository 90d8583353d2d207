package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code 'l: while cond { }} */
public record WhileExpr(SyntaxNode syntax) implements Expr {
    public static WhileExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.WHILE_EXPR ? new WhileExpr(node) : null;
    }

    public Label label() {
        return AstChildren.child(syntax, Label::cast);
    }

    public Expr condition() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public BlockExpr body() {
        return AstChildren.nth(syntax, Expr::cast, 1) instanceof BlockExpr b ? b : null;
    }
}
