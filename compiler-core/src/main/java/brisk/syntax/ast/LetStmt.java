package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** {@code let pat: Type = init else { .. };} */
public record LetStmt(SyntaxNode syntax) implements Stmt, HasAttrs {
    public static LetStmt cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.LET_STMT ? new LetStmt(node) : null;
    }

    public Pat pat() {
        return AstChildren.child(syntax, Pat::cast);
    }

    public Type ty() {
        return AstChildren.child(syntax, Type::cast);
    }

    public Expr initializer() {
        return AstChildren.child(syntax, Expr::cast);
    }

    public LetElse letElse() {
        return AstChildren.child(syntax, LetElse::cast);
    }
}
