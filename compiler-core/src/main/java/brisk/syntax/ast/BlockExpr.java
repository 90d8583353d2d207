package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A block, possibly labeled, {@code unsafe}, {@code async [move]} or {@code const}. */
public record BlockExpr(SyntaxNode syntax) implements Expr {
    public static BlockExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.BLOCK_EXPR ? new BlockExpr(node) : null;
    }

    public Label label() {
        return AstChildren.child(syntax, Label::cast);
    }

    public StmtList stmtList() {
        return AstChildren.child(syntax, StmtList::cast);
    }

    public boolean isUnsafe() {
        return syntax.tokenOfKind(SyntaxKind.UNSAFE_KW) != null;
    }

    public boolean isAsync() {
        return syntax.tokenOfKind(SyntaxKind.ASYNC_KW) != null;
    }

    public boolean isConst() {
        return syntax.tokenOfKind(SyntaxKind.CONST_KW) != null;
    }

    public boolean isMove() {
        return syntax.tokenOfKind(SyntaxKind.MOVE_KW) != null;
    }
}
