package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A path pattern {@code None}, {@code E::V}, {@code CONST}. */
public record PathPat(SyntaxNode syntax) implements Pat {
    public static PathPat cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PATH_PAT ? new PathPat(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }
}
