package brisk.items;

import static brisk.items.Nodes.child;

import brisk.base.TextRange;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import java.util.ArrayList;
import java.util.List;

/** Flattens a use tree ({@code use a::{b, c::*, d as e, self};}) into one {@link Item.Import} per leaf. */
final class UseLowering {
    private UseLowering() {}

    static List<Item.Import> imports(SyntaxNode tree, TypeLowering t) {
        var out = new ArrayList<Item.Import>();
        if (tree != null) {
            walk(tree, null, t, out);
        }
        return out;
    }

    private static void walk(SyntaxNode tree, Path prefix, TypeLowering t, List<Item.Import> out) {
        var pathNode = child(tree, SyntaxKind.PATH);
        Path own = pathNode == null ? null : t.path(pathNode);
        boolean selfLeaf = own != null && own.anchor() == Path.Anchor.SELF && own.segments().isEmpty()
                && prefix != null && !prefix.segments().isEmpty();
        Path path = own == null ? prefix : join(prefix, own);
        var list = child(tree, SyntaxKind.USE_TREE_LIST);
        if (list != null) {
            for (var sub : Nodes.children(list, SyntaxKind.USE_TREE)) {
                walk(sub, path == null ? emptyPath(t.rel(tree)) : path, t, out);
            }
            return;
        }
        if (Nodes.hasToken(tree, SyntaxKind.STAR)) {
            out.add(new Item.Import(path == null ? emptyPath(t.rel(tree)) : path, null, true, false));
            return;
        }
        if (path == null) {
            return;
        }
        var rename = child(tree, SyntaxKind.RENAME);
        String alias = rename == null ? null : ItemTreeLowering.renameText(rename);
        out.add(new Item.Import(path, alias, false, selfLeaf));
    }

    private static Path emptyPath(TextRange range) {
        return new Path(Path.Anchor.PLAIN, 0, List.of(), range);
    }

    /** {@code prefix::suffix}; a suffix of just {@code self} names the prefix itself. */
    private static Path join(Path prefix, Path suffix) {
        if (prefix == null || (prefix.anchor() == Path.Anchor.PLAIN && prefix.segments().isEmpty())) {
            return suffix;
        }
        if (suffix.anchor() == Path.Anchor.SELF && suffix.segments().isEmpty()) {
            return new Path(prefix.anchor(), prefix.superCount(), prefix.segments(), suffix.range());
        }
        var segments = new ArrayList<>(prefix.segments());
        segments.addAll(suffix.segments());
        return new Path(prefix.anchor(), prefix.superCount(), segments, suffix.range());
    }
}
