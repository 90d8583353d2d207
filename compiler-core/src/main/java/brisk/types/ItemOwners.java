package brisk.types;

import brisk.base.FileId;
import brisk.db.QueryContext;
import brisk.items.Item;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import brisk.resolve.ResolveQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Where every item of a crate sits (module and container), so that a definition found by name
 * resolution ({@code Def.Item}: crate + location) can be lowered in its own scope.
 */
final class ItemOwners {
    private ItemOwners() {}

    static Map<ItemLoc, BodyOwner> owners(QueryContext ctx, CrateConfig crate) {
        var defMap = ctx.get(ResolveQueries.DEF_MAP, crate);
        var out = new HashMap<ItemLoc, BodyOwner>();
        for (int m = 0; m < defMap.modules().size(); m++) {
            var module = defMap.module(m);
            if (module.file() == null) {
                continue;
            }
            var tree = ctx.get(ItemQueries.ITEM_TREE, module.file());
            for (int index : module.items()) {
                var loc = new ItemLoc(module.file(), index);
                out.put(loc, new BodyOwner(crate, m, loc, null));
                var children = switch (tree.item(index)) {
                    case Item.Impl impl -> impl.children();
                    case Item.Trait trait -> trait.children();
                    default -> List.<Integer>of();
                };
                for (int child : children) {
                    if (tree.item(child).attrs().cfgTest() && !crate.test()) {
                        continue;
                    }
                    var childLoc = new ItemLoc(module.file(), child);
                    out.put(childLoc, new BodyOwner(crate, m, childLoc, loc));
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The crate itself and every crate it depends on, transitively (std included), in a stable order. */
    static List<CrateConfig> visibleCrates(QueryContext ctx, CrateConfig crate) {
        var seen = new LinkedHashSet<CrateConfig>();
        var work = new ArrayList<CrateConfig>();
        work.add(crate);
        while (!work.isEmpty()) {
            var c = work.removeLast();
            if (!seen.add(c)) {
                continue;
            }
            var defMap = ctx.get(ResolveQueries.DEF_MAP, c);
            var deps = new ArrayList<>(defMap.externPrelude().values());
            deps.sort(java.util.Comparator.comparingInt((CrateConfig d) -> d.crate().index())
                    .thenComparing(CrateConfig::test));
            work.addAll(deps);
        }
        return List.copyOf(seen);
    }

    /** For each file of a visible crate, the crate configuration it belongs to (the nearest one wins). */
    static Map<FileId, CrateConfig> fileCrates(QueryContext ctx, CrateConfig crate) {
        var out = new HashMap<FileId, CrateConfig>();
        for (var c : visibleCrates(ctx, crate)) {
            var defMap = ctx.get(ResolveQueries.DEF_MAP, c);
            for (var module : defMap.modules()) {
                if (module.file() != null) {
                    out.putIfAbsent(module.file(), c);
                }
            }
        }
        return Map.copyOf(out);
    }
}
