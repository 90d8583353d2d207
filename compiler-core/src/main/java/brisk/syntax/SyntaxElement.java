package brisk.syntax;

import brisk.base.TextRange;

/** A red-tree element: a {@link SyntaxNode} or a {@link SyntaxToken}, with absolute position. */
public sealed interface SyntaxElement permits SyntaxNode, SyntaxToken {
    SyntaxKind kind();

    /** Absolute byte range in the file. */
    TextRange textRange();

    /** The enclosing node, or null for the root. */
    SyntaxNode parent();

    /** Position among the parent's children (tokens included). */
    int indexInParent();

    String text();

    default SyntaxElement nextSiblingOrToken() {
        SyntaxNode p = parent();
        return p == null ? null : p.childAt(indexInParent() + 1);
    }

    default SyntaxElement prevSiblingOrToken() {
        SyntaxNode p = parent();
        return p == null ? null : p.childAt(indexInParent() - 1);
    }
}
