package brisk.lints;

import brisk.db.Query;
import brisk.db.QueryContext;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.resolve.BodyOwner;
import brisk.resolve.ItemScope;
import brisk.resolve.ResolveQueries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The lint and syntax-level checking queries of one item; {@code brisk.driver} gathers them. */
public final class LintQueries {
    /**
     * Lints (at their default level: {@link LintLevels} applies attributes later) and the errors
     * E0106, E0384, E0596, E0023, E0026, E0062, E0063, E0559, E0560 of one item.
     */
    public static final Query<BodyOwner, List<ItemDiagnostic>> ITEM_LINTS = Query.of("item_lints", LintQueries::itemLints);

    /**
     * Distance from an item's start to its body's start. Re-run on every edit of the file but
     * backdated when equal, so {@link #ITEM_LINTS} can make body spans item-relative cheaply.
     */
    public static final Query<ItemLoc, Integer> BODY_OFFSET = Query.of("body_offset", (ctx, loc) -> {
        var map = ctx.get(ItemQueries.ITEM_SOURCE_MAP, loc.file());
        return map.bodyStart(loc.index()) - map.itemStart(loc.index());
    });

    /**
     * {@code unused_imports} of a crate configuration, with absolute spans. Reads every file's
     * tokens, so it re-runs on any edit; it is one linear pass over the crate's tokens.
     */
    public static final Query<brisk.resolve.CrateConfig, List<ItemDiagnostic>> UNUSED_IMPORTS =
            Query.of("unused_imports", UnusedImports::check);

    /** {@code dead_code} of a crate configuration, with absolute spans; like {@link #UNUSED_IMPORTS}, one pass over its tokens. */
    public static final Query<brisk.resolve.CrateConfig, List<ItemDiagnostic>> DEAD_CODE =
            Query.of("dead_code", DeadCode::check);

    private LintQueries() {}

    private static List<ItemDiagnostic> itemLints(QueryContext ctx, BodyOwner owner) {
        var item = ctx.get(ItemQueries.ITEM_TREE, owner.item().file()).item(owner.item().index());
        var diags = new Diagnostics(owner.item());
        var out = new ArrayList<ItemDiagnostic>();
        MissingLifetimes.check(item, diags, out);
        if (!(item instanceof Item.Fn fn) || !fn.hasBody() || !out.isEmpty()
                || !ctx.get(ResolveQueries.SIGNATURE_DIAGNOSTICS, owner).isEmpty()) {
            return List.copyOf(out);
        }
        var body = ctx.get(ItemQueries.BODY_SYNTAX, owner.item()).root();
        if (body == null) {
            return List.copyOf(out);
        }
        var resolution = ctx.get(ResolveQueries.BODY_RESOLUTION, owner);
        java.util.function.Supplier<ItemScope> scope = com.google.common.base.Suppliers.memoize(
                () -> new ItemScope(ctx, owner, true, new ArrayList<>()));
        var nodes = body.descendants();
        var errors = new ArrayList<ItemDiagnostic>();
        StructFields.check(ctx, owner, scope, nodes, diags, errors);
        out.addAll(errors);
        if (!errors.isEmpty() || !resolution.diagnostics().isEmpty()) {
            return List.copyOf(out);
        }
        var dead = new HashSet<brisk.syntax.SyntaxNode>();
        Unreachable.check(nodes, diags, out, dead);
        Liveness.check(body, nodes, fn, resolution, ctx.get(BODY_OFFSET, owner.item()), scope, dead, diags, out);
        return List.copyOf(out);
    }
}
