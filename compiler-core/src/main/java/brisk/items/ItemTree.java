package brisk.items;

import java.util.List;

/**
 * The items of one file: a flat arena in source order, plus the indices of the file's top-level
 * items. Independent of positions and bodies: a body edit leaves it equal, so everything that
 * depends only on item trees (name resolution, signatures) is backdated by the query database.
 */
public record ItemTree(List<Item> items, List<Integer> topLevel) {
    public ItemTree {
        items = List.copyOf(items);
        topLevel = List.copyOf(topLevel);
    }

    public Item item(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }
}
