package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** An enum. */
public record Enum(SyntaxNode syntax) implements Item, HasName, HasVisibility, HasGenericParams {
    public static Enum cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ENUM ? new Enum(node) : null;
    }

    public VariantList variantList() {
        return AstChildren.child(syntax, VariantList::cast);
    }

    public java.util.List<Variant> variants() {
        VariantList list = variantList();
        return list == null ? java.util.List.of() : list.variants();
    }
}
