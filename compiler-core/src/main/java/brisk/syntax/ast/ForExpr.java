package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code 'l: for pat in iterable { }} */
public record ForExpr(SyntaxNode syntax) implements Expr {
    public static ForExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.FOR_EXPR ? new ForExpr(node) : null;
    }

    public Label label() {
        return AstChildren.child(syntax, Label::cast);
    }

    public Pat pat() {
        return AstChildren.child(syntax, Pat::cast);
    }

    public Expr iterable() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public BlockExpr body() {
        return AstChildren.nth(syntax, Expr::cast, 1) instanceof BlockExpr b ? b : null;
    }
}
