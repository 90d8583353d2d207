package brisk.lsp;

import brisk.base.FileId;
import brisk.items.Item;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import brisk.resolve.ResolveQueries;
import brisk.syntax.SyntaxNode;

/**
 * The innermost item of the item tree around an offset, with what its names resolve against: the
 * crate configuration and module that hold it (the first crate of the project whose module tree
 * contains it, with {@code cfg(test)} on) and its impl or trait container.
 *
 * @param node      the item's syntax node
 * @param bodyStart the fn's body start if the offset lies in its body, else -1
 */
record ItemOwner(BodyOwner owner, Item item, SyntaxNode node, int bodyStart) {

    boolean inBody() {
        return bodyStart >= 0;
    }

    /** The item around {@code offset} in {@code file}, or null when it is outside every item (or every crate). */
    static ItemOwner at(ProjectView view, FileId file, int offset) {
        var map = view.snapshot.get(ItemQueries.ITEM_SOURCE_MAP, file);
        var tree = view.snapshot.get(ItemQueries.ITEM_TREE, file);
        int innermost = -1;
        for (int i = 0; i < map.size(); i++) {
            var range = map.node(i).textRange();
            if (range.start() <= offset && offset <= range.end()
                    && (innermost < 0 || range.length() < map.node(innermost).textRange().length())) {
                innermost = i;
            }
        }
        if (innermost < 0) {
            return null;
        }
        int container = containerOf(tree, innermost);
        int moduleItem = container >= 0 ? container : innermost;
        for (var crate : view.crates()) {
            var config = new CrateConfig(crate.id(), true);
            var defMap = view.snapshot.get(ResolveQueries.DEF_MAP, config);
            for (int m = 0; m < defMap.modules().size(); m++) {
                var module = defMap.module(m);
                if (file.equals(module.file()) && module.items().contains(moduleItem)) {
                    var owner = new BodyOwner(config, m, new ItemLoc(file, innermost),
                            container >= 0 ? new ItemLoc(file, container) : null);
                    var body = map.body(innermost);
                    boolean inBody = body != null && body.textRange().start() <= offset
                            && offset <= body.textRange().end();
                    return new ItemOwner(owner, tree.item(innermost), map.node(innermost),
                            inBody ? body.textRange().start() : -1);
                }
            }
        }
        return null;
    }

    /** The impl or trait whose child {@code index} is, or -1. */
    static int containerOf(brisk.items.ItemTree tree, int index) {
        for (int i = 0; i < index; i++) {
            var children = switch (tree.item(i)) {
                case Item.Impl impl -> impl.children();
                case Item.Trait trait -> trait.children();
                default -> java.util.List.<Integer>of();
            };
            if (children.contains(index)) {
                return i;
            }
        }
        return -1;
    }
}
