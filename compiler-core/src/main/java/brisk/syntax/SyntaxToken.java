package brisk.syntax;

import brisk.base.TextRange;

/** A red token: a {@link GreenToken} placed at an absolute offset under a parent node. */
public final class SyntaxToken implements SyntaxElement {
    private final GreenToken green;
    private final SyntaxNode parent;
    private final int offset;
    private final int index;

    SyntaxToken(GreenToken green, SyntaxNode parent, int offset, int index) {
        this.green = green;
        this.parent = parent;
        this.offset = offset;
        this.index = index;
    }

    public GreenToken green() {
        return green;
    }

    @Override
    public SyntaxKind kind() {
        return green.kind();
    }

    @Override
    public TextRange textRange() {
        return new TextRange(offset, offset + green.width());
    }

    @Override
    public SyntaxNode parent() {
        return parent;
    }

    @Override
    public int indexInParent() {
        return index;
    }

    @Override
    public String text() {
        return green.text();
    }

    /** The next token in the file (trivia included), or null at the end. */
    public SyntaxToken nextToken() {
        for (SyntaxElement cur = this; cur != null; cur = cur.parent()) {
            for (SyntaxElement sib = cur.nextSiblingOrToken(); sib != null; sib = sib.nextSiblingOrToken()) {
                SyntaxToken t = sib instanceof SyntaxNode n ? n.firstToken() : (SyntaxToken) sib;
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The previous token in the file (trivia included), or null at the start. */
    public SyntaxToken prevToken() {
        for (SyntaxElement cur = this; cur != null; cur = cur.parent()) {
            for (SyntaxElement sib = cur.prevSiblingOrToken(); sib != null; sib = sib.prevSiblingOrToken()) {
                SyntaxToken t = sib instanceof SyntaxNode n ? n.lastToken() : (SyntaxToken) sib;
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        // A token's green instance and offset identify it: only one token starts at an offset.
        return o instanceof SyntaxToken t && t.green == green && t.offset == offset;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(green) * 31 + offset;
    }

    @Override
    public String toString() {
        return kind() + "@" + offset + ".." + (offset + green.width()) + " " + SyntaxNode.quote(green.text());
    }
}
