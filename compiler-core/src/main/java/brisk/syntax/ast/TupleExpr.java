package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code (a, b)} or unit {@code ()} */
public record TupleExpr(SyntaxNode syntax) implements Expr {
    public static TupleExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.TUPLE_EXPR ? new TupleExpr(node) : null;
    }

    public java.util.List<Expr> fields() {
        return AstChildren.children(syntax, Expr::cast);
    }
}
