package brisk.resolve;

import brisk.base.TextRange;
import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Severity;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.items.ItemDiagnostic;
import brisk.items.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves a crate's imports to a fixpoint: each round tries every pending import; one whose
 * path cannot be resolved yet may succeed after another import (or a glob) adds the name it
 * needs. When a round makes no progress, what is left is unresolved (E0432). Glob imports are
 * re-applied every round so names that reach their source module later still arrive.
 */
final class ImportResolver {
    private final QueryContext ctx;
    private final CrateConfig config;
    private final DefCollector collector;
    private final Map<String, CrateConfig> externPrelude;
    private final ModuleScopes scopes;
    private final PathWalker walker;

    ImportResolver(QueryContext ctx, CrateConfig config, DefCollector collector,
                   Map<String, CrateConfig> externPrelude) {
        this.ctx = ctx;
        this.config = config;
        this.collector = collector;
        this.externPrelude = externPrelude;
        this.scopes = ModuleScopes.collecting(ctx, config, collector);
        this.walker = new PathWalker(scopes, config, externPrelude, null);
    }

    void resolveAll() {
        var pending = new ArrayList<>(collector.imports);
        var globs = new ArrayList<DefCollector.PendingImport>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                var imp = it.next();
                var outcome = tryResolve(imp);
                if (outcome != null) {
                    it.remove();
                    progress = true;
                    if (imp.imp().glob()) {
                        globs.add(imp);
                    }
                }
            }
            for (var glob : globs) {
                progress |= applyGlob(glob);
            }
        }
        for (var imp : pending) {
            collector.diagnostics.add(new ItemDiagnostic(imp.use(), false, unresolved(imp)));
            bindError(imp);
        }
    }

    /** Resolves one import if its path resolves now; returns null to retry in a later round. */
    private PathResolution tryResolve(DefCollector.PendingImport imp) {
        Path path = imp.imp().path();
        var resolution = walker.resolve(imp.module(), path, true);
        if (resolution == null || resolution instanceof PathResolution.Failed) {
            return null;
        }
        var found = (PathResolution.Found) resolution;
        if (imp.imp().glob()) {
            return found;
        }
        String name = imp.imp().alias() != null ? imp.imp().alias() : path.lastName();
        if (name == null) {
            return found;
        }
        checkPrivacy(imp, found);
        for (var ns : Namespace.values()) {
            var binding = found.perNs().get(ns);
            if (imp.imp().isSelfImport() && ns != Namespace.TYPES) {
                continue;
            }
            if (binding != null && !name.equals("_")) {
                collector.modules.get(imp.module()).namespace(ns)
                        .putIfAbsent(name, new Binding(binding.def(), imp.visibility(), false));
            }
        }
        return found;
    }

    private void checkPrivacy(DefCollector.PendingImport imp, PathResolution.Found found) {
        for (var binding : found.perNs().values()) {
            if (isVisible(binding.visibility(), imp.module())) {
                return;
            }
        }
        var first = found.perNs().values().iterator().next();
        Path path = imp.imp().path();
        TextRange range = path.segments().getLast().range();
        String kind = Describe.kindOf(first.def());
        String name = path.lastName();
        collector.diagnostics.add(new ItemDiagnostic(imp.use(), false,
                Diagnostic.error("E0603", kind + " `" + name + "` is private",
                        new Span(imp.use().file(), range), "private " + kind)));
    }

    private boolean applyGlob(DefCollector.PendingImport imp) {
        var resolution = walker.resolve(imp.module(), imp.imp().path(), true);
        if (!(resolution instanceof PathResolution.Found found)) {
            return false;
        }
        var target = found.perNs().get(Namespace.TYPES);
        if (target == null) {
            return false;
        }
        boolean changed = false;
        var into = collector.modules.get(imp.module());
        for (var entry : scopes.globNames(target.def()).entrySet()) {
            for (var named : entry.getValue().entrySet()) {
                if (!isVisible(named.getValue().visibility(), imp.module())) {
                    continue;
                }
                var map = into.namespace(entry.getKey());
                if (!map.containsKey(named.getKey())) {
                    map.put(named.getKey(), new Binding(named.getValue().def(), imp.visibility(), true));
                    changed = true;
                }
            }
        }
        return changed;
    }

    private boolean isVisible(ResolvedVisibility vis, int fromModule) {
        return scopes.isVisible(vis, new ModuleRef(config, fromModule));
    }

    private Diagnostic unresolved(DefCollector.PendingImport imp) {
        Path path = imp.imp().path();
        var failure = walker.resolve(imp.module(), path, true);
        var file = imp.use().file();
        if (failure instanceof PathResolution.Failed failed) {
            var seg = path.segments().get(failed.segment());
            String shown = failed.segment() == 0 && path.segments().size() > 1
                    ? prefixDisplay(path, 1)
                    : failed.segment() < path.segments().size() - 1 ? prefixDisplay(path, failed.segment() + 1)
                    : path.display();
            boolean lastSegment = failed.segment() == path.segments().size() - 1 && path.segments().size() > 1;
            var d = Diagnostic.error("E0432", "unresolved import `" + shown + "`",
                    new Span(file, lastSegment ? path.range() : seg.range()), failed.label());
            if (failed.help() != null) {
                d = d.withChild(new SubDiagnostic(Severity.HELP, failed.help(), null));
            }
            return d;
        }
        return Diagnostic.error("E0432", "unresolved import `" + path.display() + "`",
                new Span(file, path.range()), null);
    }

    private static String prefixDisplay(Path path, int segments) {
        var prefix = new Path(path.anchor(), path.superCount(), path.segments().subList(0, segments), path.range());
        return prefix.display();
    }

    private void bindError(DefCollector.PendingImport imp) {
        if (imp.imp().glob()) {
            return;
        }
        String name = imp.imp().alias() != null ? imp.imp().alias() : imp.imp().path().lastName();
        if (name != null && !name.equals("_")) {
            var scope = collector.modules.get(imp.module());
            var binding = new Binding(new Def.Error(), imp.visibility(), false);
            scope.types.putIfAbsent(name, binding);
            scope.values.putIfAbsent(name, binding);
        }
    }

    /** Finds {@code std::prelude::rust_2021}, through this crate's extern prelude or, in std, itself. */
    ModuleRef findStdPrelude() {
        var std = isStd() ? null : externPrelude.get("std");
        List<Path.Segment> segs = new ArrayList<>();
        if (std == null && !isStd()) {
            return null;
        }
        if (std != null) {
            segs.add(new Path.Segment("std", List.of(), TextRange.at(0)));
        }
        segs.add(new Path.Segment("prelude", List.of(), TextRange.at(0)));
        segs.add(new Path.Segment("rust_2021", List.of(), TextRange.at(0)));
        var path = new Path(std != null ? Path.Anchor.GLOBAL : Path.Anchor.CRATE, 0, segs, TextRange.at(0));
        if (walker.resolve(0, path, true) instanceof PathResolution.Found found
                && found.perNs().get(Namespace.TYPES) != null
                && found.perNs().get(Namespace.TYPES).def() instanceof Def.Module m) {
            return m.module();
        }
        return null;
    }

    private boolean isStd() {
        var graph = ctx.input(brisk.project.ProjectInputs.CRATE_GRAPH, brisk.db.Unit.INSTANCE);
        return brisk.project.BundledStd.isStd(graph.crate(config.crate()));
    }

}
