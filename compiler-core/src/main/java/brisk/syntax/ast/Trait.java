package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A trait definition. */
public record Trait(SyntaxNode syntax) implements Item, HasName, HasVisibility, HasGenericParams {
    public static Trait cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TRAIT ? new Trait(node) : null;
    }

    public TypeBoundList typeBoundList() {
        return AstChildren.child(syntax, TypeBoundList::cast);
    }

    public AssocItemList assocItemList() {
        return AstChildren.child(syntax, AssocItemList::cast);
    }

    public boolean isUnsafe() {
        return syntax.tokenOfKind(SyntaxKind.UNSAFE_KW) != null;
    }

    public boolean isAuto() {
        return AstChildren.hasContextualKeyword(syntax, "auto");
    }

    public java.util.List<Item> items() {
        AssocItemList list = assocItemList();
        return list == null ? java.util.List.of() : list.items();
    }
}
