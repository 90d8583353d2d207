package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** An enum variant, with optional fields and discriminant. */
public record Variant(SyntaxNode syntax) implements AstNode, HasName, HasVisibility, HasAttrs {
    public static Variant cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.VARIANT ? new Variant(node) : null;
    }

    public FieldList fieldList() {
        return AstChildren.child(syntax, FieldList::cast);
    }

    /** The explicit discriminant expression after {@code =}, or null. */
    public Expr discriminant() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
