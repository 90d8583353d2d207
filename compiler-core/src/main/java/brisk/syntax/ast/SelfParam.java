package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code self}, {@code &'a mut self}, {@code self: Box<Self>} */
public record SelfParam(SyntaxNode syntax) implements AstNode, HasName, HasAttrs {
    public static SelfParam cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.SELF_PARAM ? new SelfParam(node) : null;
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public boolean isRef() {
        return syntax.tokenOfKind(SyntaxKind.AMP) != null;
    }

    public boolean isMut() {
        return syntax.tokenOfKind(SyntaxKind.MUT_KW) != null;
    }
}
