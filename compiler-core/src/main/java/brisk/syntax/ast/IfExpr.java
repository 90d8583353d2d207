package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code if cond { } else ...} */
public record IfExpr(SyntaxNode syntax) implements Expr {
    public static IfExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.IF_EXPR ? new IfExpr(node) : null;
    }

    public Expr condition() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public BlockExpr thenBranch() {
        return AstChildren.nth(syntax, Expr::cast, 1) instanceof BlockExpr b ? b : null;
    }

    /** The else branch: a BlockExpr or an IfExpr ({@code else if}), or null. */
    public Expr elseBranch() {
        return syntax.tokenOfKind(SyntaxKind.ELSE_KW) == null ? null : AstChildren.nth(syntax, Expr::cast, 2);
    }
}
