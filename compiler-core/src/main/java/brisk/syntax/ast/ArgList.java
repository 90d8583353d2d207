package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code (a, b)} of a call. */
public record ArgList(SyntaxNode syntax) implements AstNode {
    public static ArgList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ARG_LIST ? new ArgList(node) : null;
    }

    public java.util.List<Expr> args() {
        return AstChildren.children(syntax, Expr::cast);
    }
}
