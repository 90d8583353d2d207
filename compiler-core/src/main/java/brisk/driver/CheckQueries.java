package brisk.driver;

import brisk.base.FileId;
import brisk.db.Query;
import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import brisk.resolve.ResolveQueries;

import brisk.syntax.SyntaxQueries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The top of the pipeline for {@code brisk check}: every diagnostic of one crate configuration,
 * made absolute and sorted. It re-runs on every edit but only gathers: the per-body and
 * per-crate queries below it are reused unless their own inputs changed.
 */
public final class CheckQueries {
    public static final Query<CrateConfig, List<Diagnostic>> CRATE_DIAGNOSTICS =
            Query.of("crate_diagnostics", CheckQueries::crateDiagnostics);

    private CheckQueries() {}

    private static List<Diagnostic> crateDiagnostics(QueryContext ctx, CrateConfig crate) {
        var defMap = ctx.get(ResolveQueries.DEF_MAP, crate);
        var out = new ArrayList<Diagnostic>();
        var relative = new ArrayList<>(defMap.diagnostics());
        var files = new LinkedHashSet<FileId>();
        for (int m = 0; m < defMap.modules().size(); m++) {
            var module = defMap.module(m);
            if (module.file() == null) {
                continue;
            }
            files.add(module.file());
            var tree = ctx.get(ItemQueries.ITEM_TREE, module.file());
            for (int index : module.items()) {
                collectItem(ctx, crate, m, new ItemLoc(module.file(), index), null, tree.item(index), relative);
            }
        }
        for (var file : files) {
            for (var error : ctx.get(SyntaxQueries.PARSE, file).errors()) {
                out.add(SyntaxDiagnostics.toDiagnostic(file, error));
            }
        }
        for (var d : relative) {
            out.add(Anchoring.absolute(ctx, d));
        }
        out.sort(DiagnosticOrder.INSTANCE);
        return List.copyOf(out);
    }

    private static void collectItem(QueryContext ctx, CrateConfig crate, int module, ItemLoc loc, ItemLoc container,
                                    Item item, List<ItemDiagnostic> out) {
        ctx.checkCancelled();
        var owner = new BodyOwner(crate, module, loc, container);
        out.addAll(ctx.get(ResolveQueries.SIGNATURE_DIAGNOSTICS, owner));
        var unsupported = UnsupportedFeatures.of(loc, item);
        if (unsupported != null) {
            out.add(unsupported);
        }
        switch (item) {
            case Item.Fn f when f.hasBody() -> {
                out.addAll(ctx.get(ResolveQueries.BODY_RESOLUTION, owner).diagnostics());
                out.addAll(ctx.get(brisk.types.TypeQueries.INFER, owner).diagnostics());
            }
            case Item.Impl impl -> collectChildren(ctx, crate, module, loc, impl.children(), out);
            case Item.Trait trait -> collectChildren(ctx, crate, module, loc, trait.children(), out);
            default -> { }
        }
    }

    private static void collectChildren(QueryContext ctx, CrateConfig crate, int module, ItemLoc container,
                                        List<Integer> children, List<ItemDiagnostic> out) {
        var tree = ctx.get(ItemQueries.ITEM_TREE, container.file());
        for (int child : children) {
            var item = tree.item(child);
            if (item.attrs().cfgTest() && !crate.test()) {
                continue;
            }
            collectItem(ctx, crate, module, new ItemLoc(container.file(), child), container, item, out);
        }
    }
}
