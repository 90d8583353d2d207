package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A lifetime argument. */
public record LifetimeArg(SyntaxNode syntax) implements GenericArg {
    public static LifetimeArg cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LIFETIME_ARG ? new LifetimeArg(node) : null;
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }
}
