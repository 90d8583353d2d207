package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code <'a, T: Bound, const N: usize>} */
public record GenericParamList(SyntaxNode syntax) implements AstNode {
    public static GenericParamList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.GENERIC_PARAM_LIST ? new GenericParamList(node) : null;
    }

    public java.util.List<GenericParam> params() {
        return AstChildren.children(syntax, GenericParam::cast);
    }

    public java.util.List<LifetimeParam> lifetimeParams() {
        return AstChildren.children(syntax, LifetimeParam::cast);
    }

    public java.util.List<TypeParam> typeParams() {
        return AstChildren.children(syntax, TypeParam::cast);
    }

    public java.util.List<ConstParam> constParams() {
        return AstChildren.children(syntax, ConstParam::cast);
    }
}
