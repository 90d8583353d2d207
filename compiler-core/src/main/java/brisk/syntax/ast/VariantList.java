package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The braced variants of an enum. */
public record VariantList(SyntaxNode syntax) implements AstNode {
    public static VariantList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.VARIANT_LIST ? new VariantList(node) : null;
    }

    public java.util.List<Variant> variants() {
        return AstChildren.children(syntax, Variant::cast);
    }
}
