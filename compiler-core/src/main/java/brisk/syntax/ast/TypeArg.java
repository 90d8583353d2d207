package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A type argument. */
public record TypeArg(SyntaxNode syntax) implements GenericArg {
    public static TypeArg cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TYPE_ARG ? new TypeArg(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }
}
