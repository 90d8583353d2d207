package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code 'l: loop { }} */
public record LoopExpr(SyntaxNode syntax) implements Expr {
    public static LoopExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LOOP_EXPR ? new LoopExpr(node) : null;
    }

    public Label label() {
        return AstChildren.child(syntax, Label::cast);
    }

    public BlockExpr body() {
        return AstChildren.child(syntax, BlockExpr::cast);
    }
}
