package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code <A, 'a, N, Item = T>}, with a leading {@code ::} for a turbofish. */
public record GenericArgList(SyntaxNode syntax) implements AstNode {
    public static GenericArgList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.GENERIC_ARG_LIST ? new GenericArgList(node) : null;
    }

    public java.util.List<GenericArg> args() {
        return AstChildren.children(syntax, GenericArg::cast);
    }

    public boolean isTurbofish() {
        return syntax.tokenOfKind(SyntaxKind.COLON2) != null;
    }
}
