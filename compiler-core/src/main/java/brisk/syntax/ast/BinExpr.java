package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxToken;
import brisk.syntax.SyntaxElement;

/** A binary operation, assignment, or compound assignment. */
public record BinExpr(SyntaxNode syntax) implements Expr {
    public static BinExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.BIN_EXPR ? new BinExpr(node) : null;
    }

    public Expr lhs() {
        return AstChildren.nth(syntax, Expr::cast, 0);
    }

    public Expr rhs() {
        return AstChildren.nth(syntax, Expr::cast, 1);
    }

    /** The operator token (compound operators such as {@code <<=} are one token). */
    public SyntaxToken opToken() {
        for (SyntaxElement e : syntax.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && t.kind().isPunct()) {
                return t;
            }
        }
        return null;
    }

    public SyntaxKind op() {
        SyntaxToken t = opToken();
        return t == null ? SyntaxKind.ERROR : t.kind();
    }
}
