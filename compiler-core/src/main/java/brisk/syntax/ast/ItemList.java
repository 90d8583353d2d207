package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The braced body of an inline module. */
public record ItemList(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static ItemList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ITEM_LIST ? new ItemList(node) : null;
    }

    public java.util.List<Item> items() {
        return AstChildren.children(syntax, Item::cast);
    }
}
