package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The body of an attribute: a path, then a token tree or {@code = expr}. */
public record Meta(SyntaxNode syntax) implements AstNode {
    public static Meta cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.META ? new Meta(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }

    public TokenTree tokenTree() {
        return AstChildren.child(syntax, TokenTree::cast);
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public boolean isUnsafe() {
        return syntax.tokenOfKind(SyntaxKind.UNSAFE_KW) != null;
    }

    public Meta meta() {
        return AstChildren.child(syntax, Meta::cast);
    }
}
