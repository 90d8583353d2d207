package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code move |a, b: T| -> R { body }} */
public record ClosureExpr(SyntaxNode syntax) implements Expr {
    public static ClosureExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.CLOSURE_EXPR ? new ClosureExpr(node) : null;
    }

    public ParamList paramList() {
        return AstChildren.child(syntax, ParamList::cast);
    }

    public RetType retType() {
        return AstChildren.child(syntax, RetType::cast);
    }

    public Expr body() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public boolean isMove() {
        return syntax.tokenOfKind(SyntaxKind.MOVE_KW) != null;
    }

    public boolean isAsync() {
        return syntax.tokenOfKind(SyntaxKind.ASYNC_KW) != null;
    }
}
