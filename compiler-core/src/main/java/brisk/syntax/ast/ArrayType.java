package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code [T; N]} */
public record ArrayType(SyntaxNode syntax) implements Type {
    public static ArrayType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.ARRAY_TYPE ? new ArrayType(node) : null;
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public Expr len() {
        return AstChildren.child(syntax, Expr::cast);
    }
}
