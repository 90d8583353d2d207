package brisk.syntax.ast;

import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;

/** A path type {@code a::B<T>}. */
public record PathType(SyntaxNode syntax) implements Type {
    public static PathType cast(SyntaxNode node) {
        return node != null && node.kind() == SyntaxKind.PATH_TYPE ? new PathType(node) : null;
    }

    public Path path() {
        return AstChildren.child(syntax, Path::cast);
    }
}
