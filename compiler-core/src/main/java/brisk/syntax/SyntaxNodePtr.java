package brisk.syntax;

import brisk.base.TextRange;

/**
 * A stable, cheap reference to a node: its kind and range. Unlike a {@link SyntaxNode} it holds no
 * tree, so it can be stored in query results and resolved again against a (re)parsed root.
 */
public record SyntaxNodePtr(SyntaxKind kind, TextRange range) {
    public static SyntaxNodePtr of(SyntaxNode node) {
        return new SyntaxNodePtr(node.kind(), node.textRange());
    }

    /** The node of this kind and range under {@code root}, or null if the tree changed. */
    public SyntaxNode resolve(SyntaxNode root) {
        if (!root.textRange().containsRange(range)) {
            return null;
        }
        SyntaxNode node = root.coveringNode(range);
        // Several nested nodes can share a range (e.g. PATH_EXPR > PATH > PATH_SEGMENT); walk up.
        for (SyntaxNode n = node; n != null && n.textRange().equals(range); n = n.parent()) {
            if (n.kind() == kind) {
                return n;
            }
        }
        return null;
    }
}
