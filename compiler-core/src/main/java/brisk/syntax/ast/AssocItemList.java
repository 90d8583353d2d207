package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The braced body of a trait or impl. */
public record AssocItemList(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static AssocItemList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ASSOC_ITEM_LIST ? new AssocItemList(node) : null;
    }

    public java.util.List<Item> items() {
        return AstChildren.children(syntax, Item::cast);
    }
}
