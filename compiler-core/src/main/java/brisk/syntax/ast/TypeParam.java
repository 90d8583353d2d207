package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code T: Bound = Default} */
public record TypeParam(SyntaxNode syntax) implements GenericParam, HasName, HasAttrs {
    public static TypeParam cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TYPE_PARAM ? new TypeParam(node) : null;
    }

    public TypeBoundList typeBoundList() {
        return AstChildren.child(syntax, TypeBoundList::cast);
    }

    public Type defaultType() {
        return AstChildren.child(syntax, Type::cast);
    }
}
