package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code 'name:} before a loop or block. */
public record Label(SyntaxNode syntax) implements AstNode {
    public static Label cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LABEL ? new Label(node) : null;
    }

    public Lifetime lifetime() {
        return AstChildren.child(syntax, Lifetime::cast);
    }
}
