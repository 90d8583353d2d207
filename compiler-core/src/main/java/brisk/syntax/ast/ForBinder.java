package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A higher-ranked binder {@code for<'a>}. */
public record ForBinder(SyntaxNode syntax) implements AstNode {
    public static ForBinder cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.FOR_BINDER ? new ForBinder(node) : null;
    }

    public GenericParamList genericParamList() {
        return AstChildren.child(syntax, GenericParamList::cast);
    }
}
