package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A path in expression position. */
public record PathExpr(SyntaxNode syntax) implements Expr {
    public static PathExpr cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PATH_EXPR ? new PathExpr(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }
}
