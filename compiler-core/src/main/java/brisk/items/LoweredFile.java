package brisk.items;

/** The two results of lowering a file's syntax: the item tree and where each item is. */
public record LoweredFile(ItemTree tree, ItemSourceMap sourceMap) {}
