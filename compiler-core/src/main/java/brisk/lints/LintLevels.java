package brisk.lints;

import brisk.base.FileId;
import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Severity;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.Nodes;
import brisk.resolve.CrateConfig;
import brisk.resolve.ResolveQueries;
import brisk.syntax.SyntaxKind;
import brisk.syntax.SyntaxNode;
import brisk.syntax.SyntaxQueries;
import brisk.syntax.SyntaxToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies lint levels to a crate's sorted diagnostics, as rustc does: the innermost
 * {@code #[allow/warn/deny/forbid/expect(..)]} (or inner {@code #![..]}) naming the lint, the
 * {@code unused} group or {@code warnings} decides; for a file of an out-of-line module the search
 * continues at its {@code mod} declaration. Allowed lints are dropped, denied ones become errors,
 * and the first diagnostic of each (lint, level source) pair gets rustc's note saying why.
 * Works on absolute spans, after anchoring, so attribute positions come straight from the syntax.
 * The result is in rustc's phase order ({@link PhaseOrder}), which decides which diagnostic is first.
 */
public final class LintLevels {
    private enum Level { ALLOW, WARN, DENY }

    /** Where a level comes from: the attribute's lint name token (null: the default level). */
    private record Source(Level level, FileId file, TextRange range, String name, String attr) {}

    private LintLevels() {}

    public static List<Diagnostic> apply(QueryContext ctx, CrateConfig crate, List<Diagnostic> sorted) {
        var kept = new ArrayList<Leveled>(sorted.size());
        for (var d : sorted) {
            var lint = Lint.byName(d.code());
            if (lint == null || d.primary() == null) {
                kept.add(new Leveled(d, null, null));
                continue;
            }
            var source = find(ctx, crate, lint, d.primary().file(), d.primary().range());
            if (source != null && source.level() == Level.ALLOW) {
                continue;
            }
            var severity = source != null && source.level() == Level.DENY ? Severity.ERROR : Severity.WARNING;
            kept.add(new Leveled(new Diagnostic(severity, d.code(), d.message(), d.primary(), d.primaryLabel(),
                    d.secondary(), d.children()), lint, source));
        }
        var ordered = PhaseOrder.order(ctx, kept.stream().map(Leveled::diagnostic).toList());
        var byDiagnostic = new java.util.IdentityHashMap<Diagnostic, Leveled>();
        kept.forEach(l -> byDiagnostic.put(l.diagnostic(), l));
        var out = new ArrayList<Diagnostic>(ordered.size());
        var noted = new HashSet<String>();
        for (var d : ordered) {
            var leveled = byDiagnostic.get(d);
            if (leveled.lint() == null) {
                out.add(d);
                continue;
            }
            var lint = leveled.lint();
            var source = leveled.source();
            String key = lint.lintName() + (source == null ? "" : "@" + source.file() + ":" + source.range().start());
            if (!noted.add(key)) {
                out.add(d);
                continue;
            }
            var children = new ArrayList<>(d.children());
            int at = 0;
            while (at < children.size() && !children.get(at).isSuggestion()) {
                at++;
            }
            children.addAll(at, notes(lint, source));
            out.add(new Diagnostic(d.severity(), d.code(), d.message(), d.primary(), d.primaryLabel(), d.secondary(),
                    children));
        }
        return List.copyOf(out);
    }

    private record Leveled(Diagnostic diagnostic, Lint lint, Source source) {}

    private static List<SubDiagnostic> notes(Lint lint, Source source) {
        if (source == null) {
            return List.of(SubDiagnostic.note("`#[warn(" + lint.lintName() + ")]` (part of `#[warn(unused)]`) on by default"));
        }
        var here = new SubDiagnostic(Severity.NOTE, "the lint level is defined here", new Span(source.file(), source.range()));
        if (source.name().equals(lint.lintName())) {
            return List.of(here);
        }
        return List.of(here, SubDiagnostic.note("`#[" + source.attr() + "(" + lint.lintName() + ")]` implied by `#["
                + source.attr() + "(" + source.name() + ")]`"));
    }

    private static Source find(QueryContext ctx, CrateConfig crate, Lint lint, FileId file, TextRange range) {
        var defMap = ctx.get(ResolveQueries.DEF_MAP, crate);
        Set<FileId> seen = new HashSet<>();
        while (file != null && seen.add(file)) {
            var root = ctx.get(SyntaxQueries.PARSE, file).tree();
            var node = root.coveringNode(range);
            for (var n = node; n != null; n = n.parent()) {
                var source = levelAt(n, lint, file);
                if (source != null) {
                    return source;
                }
            }
            FileId parentFile = null;
            for (var module : defMap.modules()) {
                if (file.equals(module.file()) && module.declaration() != null
                        && !module.declaration().file().equals(file)) {
                    parentFile = module.declaration().file();
                    range = ctx.get(ItemQueries.ITEM_SOURCE_MAP, parentFile).node(module.declaration().index()).textRange();
                    break;
                }
            }
            file = parentFile;
        }
        return null;
    }

    /** The level the attributes directly on {@code node} set for {@code lint}; the last one wins. */
    private static Source levelAt(SyntaxNode node, Lint lint, FileId file) {
        Source found = null;
        for (var attr : Nodes.children(node, SyntaxKind.ATTR)) {
            var tokens = new ArrayList<SyntaxToken>();
            for (var t : attr.descendantTokens()) {
                if (!t.kind().isTrivia()) {
                    tokens.add(t);
                }
            }
            int i = tokens.size() > 1 && tokens.get(1).kind() == SyntaxKind.BANG ? 4 : 3;
            if (tokens.size() < i + 3) {
                continue;
            }
            String attrName = tokens.get(i - 1).text();
            Level level = switch (attrName) {
                case "allow", "expect" -> Level.ALLOW;
                case "warn" -> Level.WARN;
                case "deny", "forbid" -> Level.DENY;
                default -> null;
            };
            if (level == null || tokens.get(i).kind() != SyntaxKind.L_PAREN) {
                continue;
            }
            for (int j = i + 1; j < tokens.size(); j++) {
                var t = tokens.get(j);
                boolean pathPart = (j + 1 < tokens.size() && tokens.get(j + 1).kind() == SyntaxKind.COLON)
                        || tokens.get(j - 1).kind() == SyntaxKind.COLON;
                if (t.kind() == SyntaxKind.IDENT && !pathPart && lint.setBy(t.text())) {
                    found = new Source(level, file, t.textRange(), t.text(), attrName);
                }
            }
        }
        return found;
    }
}
