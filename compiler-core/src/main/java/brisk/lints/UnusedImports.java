package brisk.lints;

import brisk.base.FileId;
import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.diagnostics.Applicability;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Severity;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.diagnostics.Suggestion;
import brisk.diagnostics.SuggestionPart;
import brisk.diagnostics.SuggestionStyle;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.items.Visibility;
import brisk.resolve.Binding;
import brisk.resolve.CrateConfig;
import brisk.resolve.Def;
import brisk.resolve.Namespace;
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
 * {@code unused_imports} for private, non-glob imports of a crate. Without recording which
 * import each path went through, "used" is decided by name: an import is used when its name
 * appears as an identifier anywhere in the crate outside its own {@code use} item (in code, a
 * macro's tokens or an attribute). That over-approximates uses, never under-approximates them.
 * Traits and macros are never reported (method calls and macro expansions use them invisibly),
 * nor imports whose name does not resolve.
 */
final class UnusedImports {
    private UnusedImports() {}

    static List<ItemDiagnostic> check(QueryContext ctx, CrateConfig crate) {
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
        for (var module : defMap.modules()) {
            if (module.file() == null) {
                continue;
            }
            var tree = ctx.get(ItemQueries.ITEM_TREE, module.file());
            var map = ctx.get(ItemQueries.ITEM_SOURCE_MAP, module.file());
            for (int index : module.items()) {
                if (tree.item(index) instanceof Item.Use use && use.visibility().kind() == Visibility.Kind.PRIVATE) {
                    var d = checkUse(module.file(), map.node(index), module.scope(), counts);
                    if (d != null) {
                        out.add(new ItemDiagnostic(null, false, d));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static String ident(String text) {
        return text.startsWith("r#") ? text.substring(2) : text;
    }

    private static Diagnostic checkUse(FileId file, SyntaxNode use, brisk.resolve.Scope scope, Map<String, Integer> counts) {
        Map<String, Integer> own = new HashMap<>();
        for (var t : use.descendantTokens()) {
            if (t.kind() == SyntaxKind.IDENT) {
                own.merge(ident(t.text()), 1, Integer::sum);
            }
        }
        var leaves = new ArrayList<SyntaxNode>();
        int total = 0;
        for (var tree : use.descendants()) {
            if (tree.kind() != SyntaxKind.USE_TREE || Nodes.child(tree, SyntaxKind.USE_TREE_LIST) != null) {
                continue;
            }
            total++;
            String name = boundName(tree);
            if (name == null || !reportable(scope, name)) {
                return null;
            }
            if (counts.getOrDefault(name, 0) > own.getOrDefault(name, 0)) {
                continue;
            }
            leaves.add(tree);
        }
        if (leaves.isEmpty()) {
            return null;
        }
        var texts = leaves.stream().map(l -> l.text().strip()).sorted().toList();
        String message = texts.size() == 1 ? "unused import: `" + texts.getFirst() + "`"
                : "unused imports: " + list(texts);
        var first = Nodes.significantRange(leaves.getFirst());
        var labels = new ArrayList<Label>();
        for (int i = 1; i < leaves.size(); i++) {
            labels.add(Label.primary(new Span(file, Nodes.significantRange(leaves.get(i))), null));
        }
        var children = new ArrayList<SubDiagnostic>();
        if (leaves.size() == total) {
            var range = Nodes.significantRange(use);
            String rest = use.parent() == null ? "" : use.parent().text();
            int end = range.end();
            int relEnd = end - use.parent().textRange().start();
            if (relEnd < rest.length() && rest.charAt(relEnd) == '\n') {
                end++;
            }
            children.add(SubDiagnostic.suggestion("remove the whole `use` item", new Suggestion(
                    List.of(new SuggestionPart(new Span(file, new TextRange(range.start(), end)), "")),
                    Applicability.MACHINE_APPLICABLE, SuggestionStyle.COMPLETELY_HIDDEN)));
        }
        return new Diagnostic(Severity.WARNING, Lint.UNUSED_IMPORTS.lintName(), message, new Span(file, first), null,
                labels, children);
    }

    private static String list(List<String> texts) {
        var quoted = texts.stream().map(t -> "`" + t + "`").toList();
        if (quoted.size() == 2) {
            return quoted.get(0) + " and " + quoted.get(1);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.getLast();
    }

    /** The name a leaf binds: its rename, else the last segment ({@code m} for {@code m::{self}}); null for globs and {@code _}. */
    private static String boundName(SyntaxNode tree) {
        if (Nodes.hasToken(tree, SyntaxKind.STAR)) {
            return null;
        }
        var rename = Nodes.child(tree, SyntaxKind.RENAME);
        if (rename != null) {
            String name = Nodes.name(rename);
            return name == null || name.equals("_") ? null : name;
        }
        var path = Nodes.child(tree, SyntaxKind.PATH);
        if (path == null) {
            return null;
        }
        var segments = new ArrayList<String>();
        for (var t : path.descendantTokens()) {
            if (t.kind() == SyntaxKind.IDENT || t.kind() == SyntaxKind.SELF_KW || t.kind() == SyntaxKind.SUPER_KW
                    || t.kind() == SyntaxKind.CRATE_KW) {
                segments.add(ident(t.text()));
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        String last = segments.getLast();
        if (last.equals("self")) {
            var list = tree.parent();
            var outer = list == null ? null : list.parent();
            var outerPath = outer == null ? null : Nodes.child(outer, SyntaxKind.PATH);
            if (outerPath == null || segments.size() != 1) {
                return null;
            }
            var outerSegments = new ArrayList<String>();
            for (var t : outerPath.descendantTokens()) {
                if (t.kind() == SyntaxKind.IDENT) {
                    outerSegments.add(ident(t.text()));
                }
            }
            return outerSegments.isEmpty() ? null : outerSegments.getLast();
        }
        boolean nested = tree.parent() != null && tree.parent().kind() == SyntaxKind.USE_TREE_LIST;
        if ((!nested && segments.size() < 2) || last.equals("super") || last.equals("crate")) {
            return null;
        }
        return last;
    }

    /** Only names that resolve, in no namespace to a trait or a macro, and not from a glob. */
    private static boolean reportable(brisk.resolve.Scope scope, String name) {
        boolean found = false;
        for (var ns : Namespace.values()) {
            Binding b = scope.get(ns, name);
            if (b == null) {
                continue;
            }
            found = true;
            if (b.fromGlob() || ns == Namespace.MACROS || b.def() instanceof Def.Error
                    || (b.def() instanceof Def.Item item && (item.kind() == Def.DefKind.TRAIT
                    || item.kind() == Def.DefKind.MACRO))) {
                return false;
            }
        }
        return found;
    }
}
