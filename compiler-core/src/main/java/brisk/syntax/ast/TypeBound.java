package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** One bound: a trait path (maybe {@code ?Sized} or {@code for<'a>}-qualified) or a lifetime. */
public record TypeBound(SyntaxNode syntax) implements AstNode {
    public static TypeBound cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TYPE_BOUND ? new TypeBound(node) : null;
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public ForBinder forBinder() {
        return AstChildren.child(syntax, ForBinder::cast);
    }

    public boolean isMaybe() {
        return syntax.tokenOfKind(SyntaxKind.QUESTION) != null;
    }
}
