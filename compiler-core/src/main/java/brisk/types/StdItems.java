package brisk.types;

import brisk.db.QueryContext;
import brisk.items.ItemLoc;
import brisk.resolve.CrateConfig;
import brisk.resolve.Def;
import brisk.resolve.Namespace;
import brisk.resolve.ResolveQueries;
import java.util.HashMap;
import java.util.Map;

/**
 * The std items type checking gives meaning to (lang items in rustc's terms): {@code Vec},
 * {@code String}, {@code Option}, {@code Iterator}, the operator traits... found by path in
 * brisk's std model. A missing entry (std not loaded) simply disables the rule that needs it.
 */
public record StdItems(CrateConfig std, Map<String, ItemLoc> items, java.util.Set<String> methodNames) {
    private static final String[] PATHS = {
        "boxed::Box", "vec::Vec", "string::String", "option::Option", "result::Result",
        "ops::Range", "ops::RangeInclusive", "ops::RangeFrom", "ops::RangeTo", "ops::RangeToInclusive",
        "ops::RangeFull", "ops::Add", "ops::Sub", "ops::Mul", "ops::Div", "ops::Rem", "ops::Neg", "ops::Not",
        "ops::BitAnd", "ops::BitOr", "ops::BitXor", "ops::Shl", "ops::Shr", "ops::AddAssign", "ops::SubAssign",
        "ops::MulAssign", "ops::DivAssign", "ops::RemAssign", "ops::Index", "ops::Deref", "ops::Fn", "ops::FnMut",
        "ops::FnOnce", "iter::Iterator", "iter::IntoIterator", "fmt::Display", "fmt::Debug", "cmp::PartialEq",
        "cmp::PartialOrd", "cmp::Eq", "cmp::Ord", "clone::Clone", "marker::Copy", "collections::HashMap", "fmt::Error",
        "default::Default", "hash::Hash", "cmp::Ordering", "fmt::Formatter", "convert::From",
    };

    public StdItems {
        items = Map.copyOf(items);
        methodNames = java.util.Set.copyOf(methodNames);
    }

    static StdItems collect(QueryContext ctx, CrateConfig crate) {
        var defMap = ctx.get(ResolveQueries.DEF_MAP, crate);
        var std = defMap.externPrelude().get("std");
        if (std == null) {
            return new StdItems(null, Map.of(), java.util.Set.of());
        }
        var stdMap = ctx.get(ResolveQueries.DEF_MAP, std);
        var out = new HashMap<String, ItemLoc>();
        for (String path : PATHS) {
            int module = 0;
            String[] parts = path.split("::");
            ItemLoc found = null;
            for (int i = 0; i < parts.length; i++) {
                var binding = stdMap.module(module).scope().get(Namespace.TYPES, parts[i]);
                if (binding == null) {
                    break;
                }
                if (i < parts.length - 1 && binding.def() instanceof Def.Module m) {
                    module = m.module().module();
                } else if (i == parts.length - 1 && binding.def() instanceof Def.Item item) {
                    found = item.loc();
                }
            }
            if (found != null) {
                out.put(parts[parts.length - 1], found);
            }
        }
        return new StdItems(std, out, methodNames(ctx, stdMap));
    }

    /** Every fn name declared in a trait or impl of std: methods a type may have through std. */
    private static java.util.Set<String> methodNames(QueryContext ctx, brisk.resolve.DefMap stdMap) {
        var names = new java.util.HashSet<String>();
        for (var module : stdMap.modules()) {
            if (module.file() == null) {
                continue;
            }
            var tree = ctx.get(brisk.items.ItemQueries.ITEM_TREE, module.file());
            for (int index : module.items()) {
                var children = switch (tree.item(index)) {
                    case brisk.items.Item.Trait t -> t.children();
                    case brisk.items.Item.Impl i -> i.children();
                    default -> java.util.List.<Integer>of();
                };
                for (int child : children) {
                    if (tree.item(child) instanceof brisk.items.Item.Fn f) {
                        names.add(f.name());
                    }
                }
            }
        }
        return names;
    }

    public ItemLoc get(String name) {
        return items.get(name);
    }

    public boolean is(Ty ty, String name) {
        return ty instanceof Ty.Adt a && a.def().equals(items.get(name));
    }

    static boolean isFnTrait(String name) {
        return name.equals("Fn") || name.equals("FnMut") || name.equals("FnOnce");
    }
}
