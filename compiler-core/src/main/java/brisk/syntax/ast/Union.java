package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A union (its keyword is the contextual identifier {@code union}). */
public record Union(SyntaxNode syntax) implements Item, HasName, HasVisibility, HasGenericParams {
    public static Union cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.UNION ? new Union(node) : null;
    }

    public RecordFieldList recordFieldList() {
        return AstChildren.child(syntax, RecordFieldList::cast);
    }
}
