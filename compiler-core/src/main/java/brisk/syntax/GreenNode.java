package brisk.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An interior node of the green tree: a kind and its children. Immutable and position-independent,
 * with cached width and structural equality (equal subtrees compare equal, which lets the query
 * database backdate an unchanged function body after an edit elsewhere in the file).
 */
public final class GreenNode implements GreenElement {
    private final SyntaxKind kind;
    private final GreenElement[] children;
    private final int width;
    private final int hash;

    public GreenNode(SyntaxKind kind, List<? extends GreenElement> children) {
        this(kind, children.toArray(new GreenElement[0]));
    }

    GreenNode(SyntaxKind kind, GreenElement[] children) {
        this.kind = Objects.requireNonNull(kind);
        this.children = children;
        int w = 0;
        int h = kind.hashCode();
        for (GreenElement child : children) {
            w += child.width();
            h = h * 31 + child.hashCode();
        }
        this.width = w;
        this.hash = h;
    }

    @Override
    public SyntaxKind kind() {
        return kind;
    }

    @Override
    public int width() {
        return width;
    }

    public int childCount() {
        return children.length;
    }

    public GreenElement child(int i) {
        return children[i];
    }

    public List<GreenElement> children() {
        return List.of(children);
    }

    /** The exact source text of this subtree. */
    public String text() {
        StringBuilder sb = new StringBuilder(width);
        appendText(sb);
        return sb.toString();
    }

    @Override
    public void appendText(StringBuilder out) {
        for (GreenElement child : children) {
            child.appendText(out);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof GreenNode n && n.hash == hash && n.kind == kind && n.width == width
                && Arrays.equals(n.children, children);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return kind + "@" + width;
    }
}
