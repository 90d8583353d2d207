package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code where T: A, 'a: 'b} */
public record WhereClause(SyntaxNode syntax) implements AstNode {
    public static WhereClause cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.WHERE_CLAUSE ? new WhereClause(node) : null;
    }

    public java.util.List<WherePred> predicates() {
        return AstChildren.children(syntax, WherePred::cast);
    }
}
