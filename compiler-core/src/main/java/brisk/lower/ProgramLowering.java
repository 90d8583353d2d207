package brisk.lower;

import brisk.db.QueryContext;
import brisk.db.Unit;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.LineIndex;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrEntry;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrModule;
import brisk.lower.ir.IrTest;
import brisk.project.ProjectInputs;
import brisk.project.TargetKind;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import brisk.resolve.Def;
import brisk.resolve.Namespace;
import brisk.resolve.ResolveQueries;
import brisk.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects a program the way rustc's monomorphization collector does: from the roots (a binary's
 * {@code main}, or a harness's {@code #[test]} fns) through every fn instance each lowered fn
 * calls, and every ADT instance the code mentions. Only reachable code is compiled, so an
 * unsupported construct in a fn nobody calls does not stop the build.
 */
final class ProgramLowering {
    private ProgramLowering() {}

    static LoweredProgram lower(QueryContext ctx, CrateConfig config) {
        var graph = ctx.input(ProjectInputs.CRATE_GRAPH, Unit.INSTANCE);
        var crate = graph.crate(config.crate());
        var defMap = ctx.get(ResolveQueries.DEF_MAP, config);
        var roots = new ArrayList<FnInstance>();
        var tests = new ArrayList<TestEntryDraft>();
        var errors = new ArrayList<Diagnostic>();
        FnInstance main = null;
        if (config.test()) {
            collectTests(ctx, config, tests);
            tests.forEach(t -> roots.add(t.instance()));
        } else {
            if (crate.kind() != TargetKind.BIN) {
                return LoweredProgram.failed(List.of());
            }
            var binding = defMap.module(0).scope().get(Namespace.VALUES, "main");
            if (binding == null || !(binding.def() instanceof Def.Item item) || item.kind() != Def.DefKind.FN) {
                return LoweredProgram.failed(List.of(Diagnostic.error("E0601",
                        "`main` function not found in crate `" + crate.name() + "`", null, null)));
            }
            main = new FnInstance(new BodyOwner(config, 0, item.loc(), null), List.of());
            roots.add(main);
        }
        var functions = new LinkedHashMap<FnInstance, IrFunction>();
        var adts = new LinkedHashMap<Ty.Adt, IrAdt>();
        var closures = new LinkedHashMap<FnRef, IrFunction>();
        var queue = new ArrayDeque<>(roots);
        var seen = new HashSet<>(roots);
        var adtQueue = new ArrayDeque<Ty.Adt>();
        var adtSeen = new HashSet<Ty.Adt>();
        var dynUses = new java.util.LinkedHashSet<DynTraits.Use>();
        var traits = new LinkedHashMap<Ty.TraitRef, brisk.lower.ir.IrTrait>();
        var dynImpls = new LinkedHashMap<Ty.Adt, List<brisk.lower.ir.IrImpl>>();
        while (!queue.isEmpty()) {
            while (!queue.isEmpty()) {
                var instance = queue.poll();
                var lowered = ctx.get(LowerQueries.FN, instance);
                for (var d : lowered.errors()) {
                    errors.add(absolute(ctx, d));
                }
                if (lowered.function() != null) {
                    functions.put(instance, lowered.function());
                }
                for (var closure : lowered.closures()) {
                    closures.putIfAbsent(closure.ref(), closure);
                }
                for (var callee : lowered.callees()) {
                    if (seen.add(callee)) {
                        queue.add(callee);
                    }
                }
                enqueue(lowered.adts(), adtQueue, adtSeen);
                dynUses.addAll(lowered.dynUses());
            }
            // Each trait object's interface, and each type coerced to one implements it (more fns to lower).
            for (var use : List.copyOf(dynUses)) {
                var met = new ArrayList<Ty.Adt>();
                var needed = new ArrayList<FnInstance>();
                try {
                    if (!traits.containsKey(use.trait())) {
                        traits.put(use.trait(), DynTraits.irTrait(ctx, config, use.trait(), met));
                    }
                    if (use.adt() != null) {
                        var impls = dynImpls.computeIfAbsent(use.adt(), k -> new ArrayList<>());
                        var path = DynTraits.path(ctx, config, use.trait());
                        if (impls.stream().noneMatch(i -> i.trait().equals(path))) {
                            impls.add(DynTraits.irImpl(ctx, config, use.adt(), use.trait(), needed, met));
                        }
                    }
                } catch (Unsupported u) {
                    errors.add(Diagnostic.error(null, "brisk does not support " + u.feature + " yet", null, null));
                }
                for (var callee : needed) {
                    if (seen.add(callee)) {
                        queue.add(callee);
                    }
                }
                enqueue(met, adtQueue, adtSeen);
            }
        }
        while (!adtQueue.isEmpty()) {
            var adt = adtQueue.poll();
            var nested = new ArrayList<Ty.Adt>();
            try {
                adts.put(adt, withImpls(AdtLowering.lower(ctx, config, adt, nested), dynImpls.getOrDefault(adt, List.of())));
            } catch (Unsupported u) {
                errors.add(Diagnostic.error(null, "brisk does not support " + u.feature + " (in `" + adt.name() + "`) yet",
                        null, null));
            }
            enqueue(nested, adtQueue, adtSeen);
        }
        if (!errors.isEmpty()) {
            return LoweredProgram.failed(dedupe(errors));
        }
        // Generated fns of std's types (Debug of an Option) may be asked for by several crates: one each.
        var byName = new LinkedHashMap<String, IrFunction>();
        for (var f : functions.values()) {
            byName.putIfAbsent(f.module() + "::" + f.name(), f);
        }
        var fnList = new ArrayList<>(byName.values());
        fnList.addAll(closures.values());
        var fns = List.copyOf(fnList);
        var adtList = List.copyOf(adts.values());
        if (main != null) {
            FnRef entry = functions.get(main).ref();
            var resultEntry = closures.keySet().stream().filter(r -> r.module().equals(entry.module())
                    && r.name().equals(entry.name() + MainResult.SUFFIX)).findFirst();
            if (resultEntry.isPresent()) {
                return new LoweredProgram(IrModule.binary(fns, adtList, new IrEntry.Main(resultEntry.get(), crate.name())),
                        List.of());
            }
            if (!entry.sig().params().isEmpty() || !entry.sig().result().isVoid()) {
                return LoweredProgram.failed(List.of(Diagnostic.error(null,
                        "brisk does not support `main` returning a value yet", null, null)));
            }
            return new LoweredProgram(new IrModule(fns, adtList, List.copyOf(traits.values()), List.of(),
                    new IrEntry.Main(entry, crate.name())), List.of());
        }
        var irTests = new ArrayList<IrTest>();
        for (var t : tests) {
            var fn = functions.get(t.instance());
            if (!fn.sig().params().isEmpty() || !fn.sig().result().isVoid()) {
                return LoweredProgram.failed(List.of(Diagnostic.error(null,
                        "brisk does not support tests returning a value yet", null, null)));
            }
            irTests.add(new IrTest(t.name(), fn.ref(), t.location(), t.ignore(),
                    t.shouldPanic() ? (t.expected() == null ? "" : t.expected()) : null));
        }
        var harness = new IrEntry.Tests(Names.modulePath(ctx, config, 0), irTests);
        return new LoweredProgram(new IrModule(fns, adtList, List.copyOf(traits.values()), List.of(), harness), List.of());
    }

    private static IrAdt withImpls(IrAdt adt, List<brisk.lower.ir.IrImpl> impls) {
        if (impls.isEmpty()) {
            return adt;
        }
        return switch (adt) {
            case IrAdt.Struct s -> new IrAdt.Struct(s.path(), s.fields(), impls);
            case IrAdt.Enum e -> new IrAdt.Enum(e.path(), e.variants(), impls);
        };
    }

    private static void enqueue(List<Ty.Adt> found, ArrayDeque<Ty.Adt> queue, Set<Ty.Adt> seen) {
        for (var a : found) {
            if (seen.add(a)) {
                queue.add(a);
            }
        }
    }

    private static List<Diagnostic> dedupe(List<Diagnostic> errors) {
        return List.copyOf(new java.util.LinkedHashSet<>(errors));
    }

    /** IrTest's form: null unless {@code #[ignore]}, else its reason or "". */
    private static String ignoreReason(brisk.items.Attrs attrs) {
        return !attrs.ignore() ? null : attrs.ignoreReason() == null ? "" : attrs.ignoreReason();
    }

    private record TestEntryDraft(String name, FnInstance instance, String ignore, boolean shouldPanic, String expected,
                                  String location) {}

    private static void collectTests(QueryContext ctx, CrateConfig config, List<TestEntryDraft> out) {
        var defMap = ctx.get(ResolveQueries.DEF_MAP, config);
        var files = ctx.input(ProjectInputs.SOURCE_FILES, Unit.INSTANCE);
        for (int m = 0; m < defMap.modules().size(); m++) {
            var module = defMap.module(m);
            if (module.file() == null) {
                continue;
            }
            var tree = ctx.get(ItemQueries.ITEM_TREE, module.file());
            var map = ctx.get(ItemQueries.ITEM_SOURCE_MAP, module.file());
            for (int index : module.items()) {
                if (!(tree.item(index) instanceof Item.Fn fn) || !fn.attrs().test()) {
                    continue;
                }
                var prefix = new ArrayList<String>();
                for (int p = m; p > 0; p = defMap.module(p).parent()) {
                    prefix.addFirst(defMap.module(p).name());
                }
                prefix.add(fn.name());
                var loc = new ItemLoc(module.file(), index);
                int offset = map.itemStart(index) + fn.nameRange().start();
                var lines = LineIndex.of(ctx.input(ProjectInputs.FILE_TEXT, module.file()));
                String location = files.path(module.file()) + ":" + lines.line(offset) + ":" + lines.column(offset);
                out.add(new TestEntryDraft(String.join("::", prefix), new FnInstance(new BodyOwner(config, m, loc, null),
                        List.of()), ignoreReason(fn.attrs()), fn.attrs().shouldPanic(), fn.attrs().shouldPanicExpected(),
                        location));
            }
        }
        out.sort(java.util.Comparator.comparing(TestEntryDraft::name));
    }

    /** Item- or body-relative spans made file-relative with the file's source map. */
    static Diagnostic absolute(QueryContext ctx, ItemDiagnostic d) {
        if (d.item() == null) {
            return d.diagnostic();
        }
        var map = ctx.get(ItemQueries.ITEM_SOURCE_MAP, d.item().file());
        int delta = d.inBody() ? map.bodyStart(d.item().index()) : map.itemStart(d.item().index());
        var diag = d.diagnostic();
        return new Diagnostic(diag.severity(), diag.code(), diag.message(), shift(diag.primary(), delta),
                diag.primaryLabel(),
                diag.secondary().stream().map(l -> new Label(shift(l.span(), delta), l.message())).toList(),
                diag.children().stream().map(c -> new SubDiagnostic(c.severity(), c.message(), shift(c.span(), delta)))
                        .toList());
    }

    private static Span shift(Span span, int delta) {
        return span == null ? null : new Span(span.file(), span.range().shift(delta));
    }

}
