package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A use declaration. */
public record Use(SyntaxNode syntax) implements Item, HasVisibility {
    public static Use cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.USE ? new Use(node) : null;
    }

    public UseTree useTree() {
        return AstChildren.child(syntax, UseTree::cast);
    }
}
