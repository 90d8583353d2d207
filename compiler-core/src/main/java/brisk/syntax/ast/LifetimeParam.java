package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code 'a: 'b} */
public record LifetimeParam(SyntaxNode syntax) implements GenericParam, HasAttrs {
    public static LifetimeParam cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LIFETIME_PARAM ? new LifetimeParam(node) : null;
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }

    public TypeBoundList typeBoundList() {
        return AstChildren.child(syntax, TypeBoundList::cast);
    }
}
