package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code callee(args)} */
public record CallExpr(SyntaxNode syntax) implements Expr {
    public static CallExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.CALL_EXPR ? new CallExpr(node) : null;
    }

    public Expr callee() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public ArgList argList() {
        return AstChildren.child(syntax, ArgList::cast);
    }
}
