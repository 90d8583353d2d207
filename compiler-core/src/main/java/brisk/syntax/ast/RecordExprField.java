package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code name: expr}, or the shorthand {@code name} (then nameRef() is null and expr() is a PathExpr). */
public record RecordExprField(SyntaxNode syntax) implements AstNode, HasAttrs {
    public static RecordExprField cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RECORD_EXPR_FIELD ? new RecordExprField(node) : null;
    }

    public NameRef nameRef() {
        return AstChildren.child(syntax, NameRef::cast);
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }

    /** The field name, for both the full and the shorthand form. */
    public String fieldName() {
        NameRef n = nameRef();
        if (n != null) {
            return n.text();
        }
        if (expr() instanceof PathExpr p && p.path() != null && p.path().segment() != null
                && p.path().segment().nameRef() != null) {
            return p.path().segment().nameRef().text();
        }
        return null;
    }
}
