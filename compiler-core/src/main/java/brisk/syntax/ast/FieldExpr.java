package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code receiver.field} or tuple index {@code receiver.0}. */
public record FieldExpr(SyntaxNode syntax) implements Expr {
    public static FieldExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.FIELD_EXPR ? new FieldExpr(node) : null;
    }

    public Expr receiver() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public NameRef nameRef() {
        return AstChildren.child(syntax, NameRef::cast);
    }
}
