package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code dyn A + Send} */
public record DynTraitType(SyntaxNode syntax) implements Type {
    public static DynTraitType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.DYN_TRAIT_TYPE ? new DynTraitType(node) : null;
    }

    public TypeBoundList typeBoundList() {
        return AstChildren.child(syntax, TypeBoundList::cast);
    }
}
