package brisk.resolve;

import brisk.db.QueryContext;
import brisk.items.Item;
import brisk.items.ItemQueries;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads module scopes: those of the crate being collected from its {@link DefCollector}, all
 * others from their finished {@link DefMap} query. Also lists what a glob import brings.
 */
final class ModuleScopes {
    private final QueryContext ctx;
    private final CrateConfig self;
    private final DefCollector collector;
    private final DefMap selfMap;

    private ModuleScopes(QueryContext ctx, CrateConfig self, DefCollector collector, DefMap selfMap) {
        this.ctx = ctx;
        this.self = self;
        this.collector = collector;
        this.selfMap = selfMap;
    }

    static ModuleScopes collecting(QueryContext ctx, CrateConfig self, DefCollector collector) {
        return new ModuleScopes(ctx, self, collector, null);
    }

    static ModuleScopes finished(QueryContext ctx, DefMap map) {
        return new ModuleScopes(ctx, map.crate(), null, map);
    }

    Map<String, Binding> scope(ModuleRef module, Namespace ns) {
        if (module.crate().equals(self)) {
            return collector != null
                    ? collector.modules.get(module.module()).namespace(ns)
                    : selfMap.module(module.module()).scope().namespace(ns);
        }
        return ctx.get(ResolveQueries.DEF_MAP, module.crate()).module(module.module()).scope().namespace(ns);
    }

    int parent(ModuleRef module) {
        if (module.crate().equals(self)) {
            return collector != null ? collector.modules.get(module.module()).parent
                    : selfMap.module(module.module()).parent();
        }
        return ctx.get(ResolveQueries.DEF_MAP, module.crate()).module(module.module()).parent();
    }

    boolean isAncestorOrSelf(ModuleRef ancestor, ModuleRef module) {
        if (!ancestor.crate().equals(module.crate())) {
            return false;
        }
        for (int m = module.module(); m >= 0; m = parent(new ModuleRef(module.crate(), m))) {
            if (m == ancestor.module()) {
                return true;
            }
        }
        return false;
    }

    boolean isVisible(ResolvedVisibility vis, ModuleRef from) {
        return vis.isPublic() || isAncestorOrSelf(vis.restrictedTo(), from);
    }

    /** The variants of an enum, as bindings in the type and value namespaces. */
    Map<Namespace, Map<String, Binding>> variants(Def.Item enumDef) {
        var tree = ctx.get(ItemQueries.ITEM_TREE, enumDef.loc().file());
        var types = new HashMap<String, Binding>();
        var values = new HashMap<String, Binding>();
        if (tree.item(enumDef.loc().index()) instanceof Item.Enum e) {
            for (int i = 0; i < e.variants().size(); i++) {
                var v = e.variants().get(i);
                var binding = new Binding(new Def.Variant(enumDef.crate(), enumDef.loc(), i, v.name()),
                        ResolvedVisibility.PUBLIC, false);
                types.put(v.name(), binding);
                values.put(v.name(), binding);
            }
        }
        return Map.of(Namespace.TYPES, types, Namespace.VALUES, values, Namespace.MACROS, Map.of());
    }

    /** What {@code use target::*} brings, per namespace (before visibility filtering). */
    Map<Namespace, Map<String, Binding>> globNames(Def target) {
        return switch (target) {
            case Def.Module m -> Map.of(
                    Namespace.TYPES, Map.copyOf(scope(m.module(), Namespace.TYPES)),
                    Namespace.VALUES, Map.copyOf(scope(m.module(), Namespace.VALUES)),
                    Namespace.MACROS, Map.copyOf(scope(m.module(), Namespace.MACROS)));
            case Def.Item item when item.kind() == Def.DefKind.ENUM -> variants(item);
            default -> Map.of();
        };
    }
}
