package brisk.lints;

import brisk.base.FileId;
import brisk.db.QueryContext;
import brisk.db.Unit;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Span;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.items.Visibility;
import brisk.project.ProjectInputs;
import brisk.project.TargetKind;
import brisk.resolve.CrateConfig;
import brisk.resolve.ResolveQueries;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dead_code} for private items of a crate: fns, structs, enums (and their variants),
 * constants and statics. As for {@link UnusedImports}, "used" is decided by name: an item is used
 * when its name appears as an identifier anywhere in the crate besides its own declaration (in
 * code, a type, a macro's tokens...). That over-approximates rustc's reachability, so brisk misses
 * items only used by dead code, never reports a live one. Items with attributes other than lint
 * levels, documentation and derives, {@code main} of a binary, {@code _}-prefixed names and
 * {@code cfg(test)} configurations are never reported.
 */
final class DeadCode {
    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("allow", "warn", "deny", "forbid", "expect", "doc", "derive");

    private DeadCode() {}

    static List<ItemDiagnostic> check(QueryContext ctx, CrateConfig crate) {
        if (crate.test()) {
            return List.of();
        }
        var data = ctx.input(ProjectInputs.CRATE_GRAPH, Unit.INSTANCE).crate(crate.crate());
        boolean bin = data.kind() == TargetKind.BIN;
        var defMap = ctx.get(ResolveQueries.DEF_MAP, crate);
        var files = new LinkedHashSet<FileId>();
        for (var module : defMap.modules()) {
            if (module.file() != null) {
                files.add(module.file());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (var file : files) {
            for (var t : ctx.get(SyntaxQueries.PARSE, file).tree().descendantTokens()) {
                if (t.kind() == SyntaxKind.IDENT) {
                    counts.merge(ident(t.text()), 1, Integer::sum);
                }
            }
        }
        var out = new ArrayList<ItemDiagnostic>();
        for (int m = 0; m < defMap.modules().size(); m++) {
            var module = defMap.module(m);
            if (module.file() == null) {
                continue;
            }
            var tree = ctx.get(ItemQueries.ITEM_TREE, module.file());
            var map = ctx.get(ItemQueries.ITEM_SOURCE_MAP, module.file());
            for (int index : module.items()) {
                var item = tree.item(index);
                var node = map.node(index);
                if (item.visibility() == null || item.visibility().kind() != Visibility.Kind.PRIVATE
                        || !plainAttributes(node) || item.nameRange() == null) {
                    continue;
                }
                String name = item.name();
                if (name == null || name.startsWith("_") || (bin && m == 0 && name.equals("main"))) {
                    continue;
                }
                var nameSpan = new Span(module.file(), item.nameRange().shift(map.itemStart(index)));
                boolean used = counts.getOrDefault(name, 0) > 1;
                String what = switch (item) {
                    case Item.Fn f -> "function `" + name + "` is never used";
                    case Item.Struct s -> "struct `" + name + "` is never constructed";
                    case Item.Enum e -> "enum `" + name + "` is never used";
                    case Item.Const c -> "constant `" + name + "` is never used";
                    case Item.Static s -> "static `" + name + "` is never used";
                    default -> null;
                };
                if (what == null) {
                    continue;
                }
                if (!used) {
                    out.add(new ItemDiagnostic(null, false, Diagnostic.warning(Lint.DEAD_CODE.lintName(), what, nameSpan, null)));
                } else if (item instanceof Item.Enum e) {
                    var d = variants(e, nameSpan, module.file(), map.itemStart(index), counts);
                    if (d != null) {
                        out.add(new ItemDiagnostic(null, false, d));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** "variants `B` and `C` are never constructed", one primary span per variant. */
    private static Diagnostic variants(Item.Enum e, Span enumName, FileId file, int itemStart, Map<String, Integer> counts) {
        var dead = new ArrayList<Item.Variant>();
        for (var v : e.variants()) {
            if (v.nameRange() != null && counts.getOrDefault(v.name(), 0) <= 1) {
                dead.add(v);
            }
        }
        if (dead.isEmpty()) {
            return null;
        }
        var names = dead.stream().map(v -> "`" + v.name() + "`").toList();
        String message = dead.size() == 1 ? "variant " + names.getFirst() + " is never constructed"
                : "variants " + joined(names) + " are never constructed";
        var d = Diagnostic.warning(Lint.DEAD_CODE.lintName(), message,
                new Span(file, dead.getFirst().nameRange().shift(itemStart)), null);
        for (var v : dead.subList(1, dead.size())) {
            d = d.withLabel(Label.primary(new Span(file, v.nameRange().shift(itemStart)), ""));
        }
        d = d.withLabel(new Label(enumName, dead.size() == 1 ? "variant in this enum" : "variants in this enum"));
        var ignored = e.attrs().derives().stream().filter(t -> t.equals("Debug") || t.equals("Clone")).sorted().toList();
        if (ignored.size() == 1) {
            d = d.withChild(brisk.diagnostics.SubDiagnostic.note("`" + e.name() + "` has a derived impl for the trait `"
                    + ignored.getFirst() + "`, but this is intentionally ignored during dead code analysis"));
        } else if (ignored.size() == 2) {
            d = d.withChild(brisk.diagnostics.SubDiagnostic.note("`" + e.name() + "` has derived impls for the traits `"
                    + ignored.get(0) + "` and `" + ignored.get(1) + "`, but these are intentionally ignored during dead code analysis"));
        }
        return d;
    }

    private static String joined(List<String> names) {
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static boolean plainAttributes(SyntaxNode item) {
        for (var attr : Nodes.children(item, SyntaxKind.ATTR)) {
            String text = attr.text().replace("#", "").replace("[", "").replace("!", "").strip();
            int end = 0;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            if (!PLAIN_ATTRIBUTES.contains(text.substring(0, end))) {
                return false;
            }
        }
        return true;
    }

    private static String ident(String text) {
        return text.startsWith("r#") ? text.substring(2) : text;
    }
}
