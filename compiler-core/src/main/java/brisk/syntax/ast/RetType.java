package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code -> Type} */
public record RetType(SyntaxNode syntax) implements AstNode {
    public static RetType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RET_TYPE ? new RetType(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }
}
