package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A parameter {@code pat: Type} (closure parameters may omit the type). */
public record Param(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static Param cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PARAM ? new Param(node) : null;
    }

    public Pat pat() {
        return AstChildren.child(syntax, Pat::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public boolean isVariadic() {
        return syntax.tokenOfKind(SyntaxKind.DOT3) != null;
    }
}
