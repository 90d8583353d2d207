package brisk.syntax.ast;

import brisk.syntax.SyntaxNode;

/** A generic parameter: lifetime, type or const. */
public sealed interface GenericParam extends AstNode permits LifetimeParam, TypeParam, ConstParam {
    /** The GenericParam wrapper for {@code node}, or null if it is not one. */
    static GenericParam cast(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case LIFETIME_PARAM -> new LifetimeParam(node);
            case TYPE_PARAM -> new TypeParam(node);
            case CONST_PARAM -> new ConstParam(node);
            default -> null;
        };
    }
}
