package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code (T)} */
public record ParenType(SyntaxNode syntax) implements Type {
    public static ParenType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PAREN_TYPE ? new ParenType(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }
}
