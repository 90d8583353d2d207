package brisk.syntax;

import java.util.ArrayDeque;
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
        int h = kind.ordinal();
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

    /** Iterative, because long operator or method chains make trees deeper than the Java stack. */
    @Override
    public void appendText(StringBuilder out) {
        ArrayDeque<GreenElement> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            switch (stack.pop()) {
                case GreenToken t -> out.append(t.text());
                case GreenNode n -> {
                    for (int i = n.children.length - 1; i >= 0; i--) {
                        stack.push(n.children[i]);
                    }
                }
            }
        }
    }

    /** Structural equality, computed iteratively (see {@link #appendText}). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GreenNode other)) {
            return false;
        }
        ArrayDeque<GreenNode> left = new ArrayDeque<>();
        ArrayDeque<GreenNode> right = new ArrayDeque<>();
        left.push(this);
        right.push(other);
        while (!left.isEmpty()) {
            GreenNode a = left.pop();
            GreenNode b = right.pop();
            if (a == b) {
                continue;
            }
            if (a.hash != b.hash || a.kind != b.kind || a.width != b.width || a.children.length != b.children.length) {
                return false;
            }
            for (int i = 0; i < a.children.length; i++) {
                GreenElement ca = a.children[i];
                GreenElement cb = b.children[i];
                if (ca == cb) {
                    continue;
                }
                if (ca instanceof GreenNode na && cb instanceof GreenNode nb) {
                    left.push(na);
                    right.push(nb);
                } else if (!ca.equals(cb)) {
                    return false;
                }
            }
        }
        return true;
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
