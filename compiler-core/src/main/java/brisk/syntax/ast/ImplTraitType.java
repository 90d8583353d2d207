package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code impl A + B} */
public record ImplTraitType(SyntaxNode syntax) implements Type {
    public static ImplTraitType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.IMPL_TRAIT_TYPE ? new ImplTraitType(node) : null;
    }

    public TypeBoundList typeBoundList() {
        return AstChildren.child(syntax, TypeBoundList::cast);
    }
}
