package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A const item (free or associated); {@code const _: T = ...} has no name. */
public record Const(SyntaxNode syntax) implements Item, HasName, HasVisibility {
    public static Const cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.CONST ? new Const(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public Expr body() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public boolean isUnderscore() {
        return syntax.tokenOfKind(SyntaxKind.UNDERSCORE) != null;
    }
}
