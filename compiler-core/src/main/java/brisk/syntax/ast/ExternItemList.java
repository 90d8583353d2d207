package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The braced body of an extern block. */
public record ExternItemList(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static ExternItemList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.EXTERN_ITEM_LIST ? new ExternItemList(node) : null;
    }

    public java.util.List<Item> items() {
        return AstChildren.children(syntax, Item::cast);
    }
}
