package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code match scrutinee { arms }} */
public record MatchExpr(SyntaxNode syntax) implements Expr {
    public static MatchExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.MATCH_EXPR ? new MatchExpr(node) : null;
    }

    public Expr expr() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public MatchArmList matchArmList() {
        return AstChildren.child(syntax, MatchArmList::cast);
    }

    public java.util.List<MatchArm> arms() {
        MatchArmList list = matchArmList();
        return list == null ? java.util.List.of() : list.arms();
    }
}
