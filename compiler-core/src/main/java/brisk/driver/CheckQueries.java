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
    /**
     * Every item of a crate configuration with its resolution context, containers before their
     * children, in module order. Reads def maps and item trees only, so body edits leave it equal.
     */
    public static final Query<CrateConfig, List<BodyOwner>> CRATE_ITEMS =
            Query.of("crate_items", CheckQueries::crateItems);

    /** The diagnostics of one item: its signature, what brisk does not support, its body. */
    public static final Query<BodyOwner, List<ItemDiagnostic>> ITEM_DIAGNOSTICS =
            Query.of("item_diagnostics", CheckQueries::itemDiagnostics);

    public static final Query<CrateConfig, List<Diagnostic>> CRATE_DIAGNOSTICS =
            Query.of("crate_diagnostics", CheckQueries::crateDiagnostics);

    /*
     * The three small queries below stand between crate_diagnostics and the big values it would otherwise
     * read (def maps, syntax trees): they are persisted, so after a body edit a fresh process re-gathers a
     * crate's diagnostics without re-parsing its files or re-resolving its modules.
     */

    /** One file's syntax errors as diagnostics. */
    public static final Query<FileId, List<Diagnostic>> FILE_SYNTAX_DIAGNOSTICS = Query.of("file_syntax_diagnostics",
            (ctx, file) -> ctx.get(SyntaxQueries.PARSE, file).errors().stream()
                    .map(error -> SyntaxDiagnostics.toDiagnostic(file, error)).toList());

    /** The files of a crate's modules, in module order, each once. */
    public static final Query<CrateConfig, List<FileId>> CRATE_FILES = Query.of("crate_files", (ctx, crate) -> {
        var files = new LinkedHashSet<FileId>();
        for (var module : ctx.get(ResolveQueries.DEF_MAP, crate).modules()) {
            if (module.file() != null) {
                files.add(module.file());
            }
        }
        return List.copyOf(files);
    });

    /** Name resolution's crate-level diagnostics (imports, module files). */
    public static final Query<CrateConfig, List<ItemDiagnostic>> DEF_MAP_DIAGNOSTICS = Query.of("def_map_diagnostics",
            (ctx, crate) -> List.copyOf(ctx.get(ResolveQueries.DEF_MAP, crate).diagnostics()));

    private CheckQueries() {}

    private static List<Diagnostic> crateDiagnostics(QueryContext ctx, CrateConfig crate) {
        var relative = new ArrayList<>(ctx.get(DEF_MAP_DIAGNOSTICS, crate));
        relative.addAll(ctx.get(brisk.lints.LintQueries.UNUSED_IMPORTS, crate));
        relative.addAll(ctx.get(brisk.lints.LintQueries.DEAD_CODE, crate));
        for (var owner : ctx.get(CRATE_ITEMS, crate)) {
            relative.addAll(ctx.get(ITEM_DIAGNOSTICS, owner));
        }
        var out = new ArrayList<Diagnostic>();
        for (var file : ctx.get(CRATE_FILES, crate)) {
            out.addAll(ctx.get(FILE_SYNTAX_DIAGNOSTICS, file));
        }
        for (var d : relative) {
            out.add(Anchoring.absolute(ctx, d));
        }
        out.sort(DiagnosticOrder.INSTANCE);
        return brisk.lints.LintLevels.apply(ctx, crate, out);
    }

    private static List<ItemDiagnostic> itemDiagnostics(QueryContext ctx, BodyOwner owner) {
        var item = ctx.get(ItemQueries.ITEM_TREE, owner.item().file()).item(owner.item().index());
        var out = new ArrayList<>(ctx.get(ResolveQueries.SIGNATURE_DIAGNOSTICS, owner));
        var unsupported = UnsupportedFeatures.of(owner.item(), item);
        if (unsupported != null) {
            out.add(unsupported);
        }
        if (item instanceof Item.Fn f && f.hasBody()) {
            out.addAll(ctx.get(ResolveQueries.BODY_RESOLUTION, owner).diagnostics());
            out.addAll(ctx.get(brisk.types.TypeQueries.INFER, owner).diagnostics());
        }
        out.addAll(ctx.get(brisk.lints.LintQueries.ITEM_LINTS, owner));
        if (item instanceof Item.Fn f && f.hasBody()) {
            out.addAll(ctx.get(brisk.borrowck.BorrowckQueries.BODY_CHECKS, owner));
        }
        return List.copyOf(out);
    }

    private static List<BodyOwner> crateItems(QueryContext ctx, CrateConfig crate) {
        var defMap = ctx.get(ResolveQueries.DEF_MAP, crate);
        var out = new ArrayList<BodyOwner>();
        for (int m = 0; m < defMap.modules().size(); m++) {
            var module = defMap.module(m);
            if (module.file() == null) {
                continue;
            }
            var tree = ctx.get(ItemQueries.ITEM_TREE, module.file());
            for (int index : module.items()) {
                var loc = new ItemLoc(module.file(), index);
                out.add(new BodyOwner(crate, m, loc, null));
                switch (tree.item(index)) {
                    case Item.Impl impl -> children(crate, m, loc, tree, impl.children(), out);
                    case Item.Trait trait -> children(crate, m, loc, tree, trait.children(), out);
                    default -> { }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void children(CrateConfig crate, int module, ItemLoc container, brisk.items.ItemTree tree,
                                 List<Integer> children, List<BodyOwner> out) {
        for (int child : children) {
            if (!tree.item(child).attrs().cfgTest() || crate.test()) {
                out.add(new BodyOwner(crate, module, new ItemLoc(container.file(), child), container));
            }
        }
    }
}
