package brisk.syntax;

import brisk.base.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;

/**
 * A red node: a {@link GreenNode} with its parent and absolute byte offset. Red nodes are cheap,
 * created on demand while navigating, and compare equal when they denote the same green node at
 * the same position.
 */
public final class SyntaxNode implements SyntaxElement {
    private final GreenNode green;
    private final SyntaxNode parent;
    private final int offset;
    private final int index;
    /** Absolute start offset of each child, computed on first navigation. */
    private int[] childOffsets;

    private SyntaxNode(GreenNode green, SyntaxNode parent, int offset, int index) {
        this.green = green;
        this.parent = parent;
        this.offset = offset;
        this.index = index;
    }

    public static SyntaxNode root(GreenNode green) {
        return new SyntaxNode(green, null, 0, 0);
    }

    public GreenNode green() {
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

    private int[] childOffsets() {
        int[] offs = childOffsets;
        if (offs == null) {
            offs = new int[green.childCount()];
            int at = offset;
            for (int i = 0; i < offs.length; i++) {
                offs[i] = at;
                at += green.child(i).width();
            }
            childOffsets = offs;
        }
        return offs;
    }

    public int childCount() {
        return green.childCount();
    }

    /** The {@code i}-th child (node or token), or null when out of range. */
    public SyntaxElement childAt(int i) {
        if (i < 0 || i >= green.childCount()) {
            return null;
        }
        int childOffset = childOffsets()[i];
        return switch (green.child(i)) {
            case GreenNode n -> new SyntaxNode(n, this, childOffset, i);
            case GreenToken t -> new SyntaxToken(t, this, childOffset, i);
        };
    }

    public List<SyntaxElement> childrenWithTokens() {
        int n = green.childCount();
        List<SyntaxElement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(childAt(i));
        }
        return out;
    }

    /** Child nodes only. */
    public List<SyntaxNode> children() {
        int n = green.childCount();
        List<SyntaxNode> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (green.child(i) instanceof GreenNode) {
                out.add((SyntaxNode) childAt(i));
            }
        }
        return out;
    }

    public SyntaxNode firstChild() {
        for (int i = 0; i < green.childCount(); i++) {
            if (green.child(i) instanceof GreenNode) {
                return (SyntaxNode) childAt(i);
            }
        }
        return null;
    }

    public SyntaxNode nextSibling() {
        for (SyntaxElement e = nextSiblingOrToken(); e != null; e = e.nextSiblingOrToken()) {
            if (e instanceof SyntaxNode n) {
                return n;
            }
        }
        return null;
    }

    public SyntaxNode prevSibling() {
        for (SyntaxElement e = prevSiblingOrToken(); e != null; e = e.prevSiblingOrToken()) {
            if (e instanceof SyntaxNode n) {
                return n;
            }
        }
        return null;
    }

    /** First token of this subtree (trivia included), or null if the subtree has no tokens. */
    public SyntaxToken firstToken() {
        for (SyntaxElement e : preorderWithTokens()) {
            if (e instanceof SyntaxToken t) {
                return t;
            }
        }
        return null;
    }

    /** Last token of this subtree (trivia included), or null if the subtree has no tokens. */
    public SyntaxToken lastToken() {
        if (green.width() == 0) {
            return null;
        }
        return tokenAtOffset(offset + green.width() - 1);
    }

    /**
     * This node and every node and token below it, in preorder. Tree walks are iterative
     * throughout: long operator or method chains nest deeper than the Java stack allows.
     */
    public Iterable<SyntaxElement> preorderWithTokens() {
        return () -> new java.util.Iterator<>() {
            private final ArrayDeque<SyntaxElement> stack = new ArrayDeque<>(List.of(SyntaxNode.this));

            @Override
            public boolean hasNext() {
                return !stack.isEmpty();
            }

            @Override
            public SyntaxElement next() {
                SyntaxElement e = stack.pop();
                if (e instanceof SyntaxNode n) {
                    for (int i = n.green.childCount() - 1; i >= 0; i--) {
                        stack.push(n.childAt(i));
                    }
                }
                return e;
            }
        };
    }

    /** This node and all nodes below it, in preorder. */
    public List<SyntaxNode> descendants() {
        List<SyntaxNode> out = new ArrayList<>();
        for (SyntaxElement e : preorderWithTokens()) {
            if (e instanceof SyntaxNode n) {
                out.add(n);
            }
        }
        return out;
    }

    /** All tokens of this subtree in source order (trivia included). */
    public List<SyntaxToken> descendantTokens() {
        List<SyntaxToken> out = new ArrayList<>();
        for (SyntaxElement e : preorderWithTokens()) {
            if (e instanceof SyntaxToken t) {
                out.add(t);
            }
        }
        return out;
    }

    /** Nesting depth below the root (the root is 0). */
    public int depth() {
        int d = 0;
        for (SyntaxNode n = parent; n != null; n = n.parent) {
            d++;
        }
        return d;
    }

    /** This node and its parents up to the root. */
    public List<SyntaxNode> ancestors() {
        List<SyntaxNode> out = new ArrayList<>();
        for (SyntaxNode n = this; n != null; n = n.parent) {
            out.add(n);
        }
        return out;
    }

    /**
     * The token containing byte {@code offset}; at the very end of the subtree, the last token.
     * Returns null when the offset is outside this node or the node has no tokens.
     */
    public SyntaxToken tokenAtOffset(int offset) {
        TextRange range = textRange();
        if (offset < range.start() || offset > range.end()) {
            return null;
        }
        SyntaxNode node = this;
        while (true) {
            int[] offs = node.childOffsets();
            int n = offs.length;
            if (n == 0) {
                return null;
            }
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                int end = offs[i] + node.green.child(i).width();
                if (offset < end) {
                    pick = i;
                    break;
                }
            }
            SyntaxElement child = node.childAt(pick);
            if (child instanceof SyntaxToken t) {
                return t;
            }
            node = (SyntaxNode) child;
        }
    }

    /** The tokens touching {@code offset}: two when it sits on a boundary between tokens, else one. */
    public List<SyntaxToken> tokensAtOffset(int offset) {
        SyntaxToken right = tokenAtOffset(offset);
        if (right == null) {
            return List.of();
        }
        if (right.textRange().start() == offset && offset > textRange().start()) {
            SyntaxToken left = tokenAtOffset(offset - 1);
            if (left != null && !left.equals(right)) {
                return List.of(left, right);
            }
        }
        return List.of(right);
    }

    /** The deepest node whose range contains {@code range} (this node if none deeper). */
    public SyntaxNode coveringNode(TextRange range) {
        SyntaxNode node = this;
        outer:
        while (true) {
            for (SyntaxNode child : node.children()) {
                if (child.textRange().containsRange(range) && !(range.isEmpty() && child.textRange().isEmpty())) {
                    node = child;
                    continue outer;
                }
            }
            return node;
        }
    }

    /** First child node of the given kind, or null. */
    public SyntaxNode childOfKind(SyntaxKind kind) {
        for (int i = 0; i < green.childCount(); i++) {
            if (green.child(i) instanceof GreenNode g && g.kind() == kind) {
                return (SyntaxNode) childAt(i);
            }
        }
        return null;
    }

    /** First direct child token of the given kind, or null. */
    public SyntaxToken tokenOfKind(SyntaxKind kind) {
        for (int i = 0; i < green.childCount(); i++) {
            if (green.child(i) instanceof GreenToken g && g.kind() == kind) {
                return (SyntaxToken) childAt(i);
            }
        }
        return null;
    }

    /**
     * Debug dump: one line per element, {@code KIND@start..end} for nodes and
     * {@code KIND@start..end "text"} for tokens, indented by depth.
     */
    public String debugDump() {
        StringBuilder sb = new StringBuilder();
        int base = depth();
        for (SyntaxElement e : preorderWithTokens()) {
            int depth = (e instanceof SyntaxNode n ? n.depth() : e.parent().depth() + 1) - base;
            sb.repeat("  ", depth);
            TextRange r = e.textRange();
            sb.append(e.kind()).append('@').append(r.start()).append("..").append(r.end());
            if (e instanceof SyntaxToken t) {
                sb.append(' ').append(quote(t.text()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public boolean equals(Object o) {
        // Green node instances are never shared within a tree, so instance + offset identify a node.
        return o instanceof SyntaxNode n && n.green == green && n.offset == offset;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(green) * 31 + offset;
    }

    @Override
    public String toString() {
        return kind() + "@" + offset + ".." + (offset + green.width());
    }
}
