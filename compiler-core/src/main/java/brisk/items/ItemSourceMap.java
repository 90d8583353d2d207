package brisk.items;

import brisk.syntax.SyntaxNode;
import java.util.List;

/**
 * Where each item of a file's {@link ItemTree} is: its syntax node (same index as in the tree),
 * hence its start offset and, for fns, its body. Positional by nature, so it changes on every
 * edit; only cheap final steps (anchoring diagnostics, finding a body) read it. Equality is
 * identity: two source maps are never interchangeable.
 */
public final class ItemSourceMap {
    private final List<SyntaxNode> nodes;

    ItemSourceMap(List<SyntaxNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    public SyntaxNode node(int index) {
        return nodes.get(index);
    }

    public int itemStart(int index) {
        return nodes.get(index).textRange().start();
    }

    /** The fn's body block, or null when it has none. */
    public SyntaxNode body(int index) {
        return Nodes.child(nodes.get(index), brisk.syntax.SyntaxKind.BLOCK_EXPR);
    }

    /** Start of the fn's body; item start if it has none (then nothing is anchored to it). */
    public int bodyStart(int index) {
        var body = body(index);
        return body != null ? body.textRange().start() : itemStart(index);
    }

    public int size() {
        return nodes.size();
    }
}
