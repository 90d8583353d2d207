package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A static item. */
public record Static(SyntaxNode syntax) implements Item, HasName, HasVisibility {
    public static Static cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.STATIC ? new Static(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public Expr body() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public boolean isMut() {
        return syntax.tokenOfKind(SyntaxKind.MUT_KW) != null;
    }
}
