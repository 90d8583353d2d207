package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A struct: named fields, tuple fields, or unit. */
public record Struct(SyntaxNode syntax) implements Item, HasName, HasVisibility, HasGenericParams {
    public static Struct cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.STRUCT ? new Struct(node) : null;
    }

    public FieldList fieldList() {
        return AstChildren.child(syntax, FieldList::cast);
    }

    public boolean isUnit() {
        return fieldList() == null;
    }
}
