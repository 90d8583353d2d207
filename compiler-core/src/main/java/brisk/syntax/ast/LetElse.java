package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code else { .. }} of a let-else. */
public record LetElse(SyntaxNode syntax) implements AstNode {
    public static LetElse cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LET_ELSE ? new LetElse(node) : null;
    }

    public BlockExpr blockExpr() {
        return AstChildren.child(syntax, BlockExpr::cast);
    }
}
