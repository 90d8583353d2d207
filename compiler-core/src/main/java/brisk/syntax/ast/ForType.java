package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code for<'a> fn(&'a T)} */
public record ForType(SyntaxNode syntax) implements Type {
    public static ForType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.FOR_TYPE ? new ForType(node) : null;
    }

    public ForBinder forBinder() {
        return AstChildren.child(syntax, ForBinder::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }
}
