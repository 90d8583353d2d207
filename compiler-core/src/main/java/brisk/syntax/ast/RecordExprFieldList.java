package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** The braced fields of a struct literal, with an optional {@code ..base}. */
public record RecordExprFieldList(SyntaxNode syntax) implements AstNode {
    public static RecordExprFieldList cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RECORD_EXPR_FIELD_LIST ? new RecordExprFieldList(node) : null;
    }

    public java.util.List<RecordExprField> fields() {
        return AstChildren.children(syntax, RecordExprField::cast);
    }

    /** The functional-update base after {@code ..}, or null. */
    public Expr spread() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public boolean hasSpread() {
        return syntax.tokenOfKind(SyntaxKind.DOT2) != null;
    }
}
