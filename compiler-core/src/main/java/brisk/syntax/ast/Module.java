package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code mod name;} or {@code mod name { ... }}. */
public record Module(SyntaxNode syntax) implements Item, HasName, HasVisibility {
    public static Module cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MODULE ? new Module(node) : null;
    }

    public ItemList itemList() {
        return AstChildren.child(syntax, ItemList::cast);
    }

    /** Whether this is an out-of-line module {@code mod name;}. */
    public boolean isOutOfLine() {
        return itemList() == null;
    }
}
