package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A struct literal {@code S { a: 1, b, ..base }}. */
public record RecordExpr(SyntaxNode syntax) implements Expr {
    public static RecordExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.RECORD_EXPR ? new RecordExpr(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }

    public RecordExprFieldList fieldList() {
        return AstChildren.child(syntax, RecordExprFieldList::cast);
    }
}
