package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code A + B + 'a} */
public record TypeBoundList(SyntaxNode syntax) implements AstNode {
    public static TypeBoundList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TYPE_BOUND_LIST ? new TypeBoundList(node) : null;
    }

    public java.util.List<TypeBound> bounds() {
        return AstChildren.children(syntax, TypeBound::cast);
    }
}
