package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code &'a mut T} */
public record RefType(SyntaxNode syntax) implements Type {
    public static RefType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.REF_TYPE ? new RefType(node) : null;
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public boolean isMut() {
        return syntax.tokenOfKind(SyntaxKind.MUT_KW) != null;
    }
}
