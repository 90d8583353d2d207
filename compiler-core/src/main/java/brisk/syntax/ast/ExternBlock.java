package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code extern "C" { ... }} */
public record ExternBlock(SyntaxNode syntax) implements Item, HasVisibility {
    public static ExternBlock cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.EXTERN_BLOCK ? new ExternBlock(node) : null;
    }

    public Abi abi() {
        return AstChildren.child(syntax, Abi::cast);
    }

    public ExternItemList externItemList() {
        return AstChildren.child(syntax, ExternItemList::cast);
    }

    public java.util.List<Item> items() {
        ExternItemList list = externItemList();
        return list == null ? java.util.List.of() : list.items();
    }
}
