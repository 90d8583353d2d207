package brisk.syntax.ast;

import brisk.syntax.SyntaxNode;

/** A generic argument: type, lifetime, const, or associated type binding. */
public sealed interface GenericArg extends AstNode permits TypeArg, LifetimeArg, ConstArg, AssocTypeArg {
    /** The GenericArg wrapper for {@code node}, or null if it is not one. */
    static GenericArg cast(SyntaxNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.kind()) {
            case TYPE_ARG -> new TypeArg(node);
            case LIFETIME_ARG -> new LifetimeArg(node);
            case CONST_ARG -> new ConstArg(node);
            case ASSOC_TYPE_ARG -> new AssocTypeArg(node);
            default -> null;
        };
    }
}
