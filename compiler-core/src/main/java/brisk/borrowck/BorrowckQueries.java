package brisk.borrowck;

import brisk.db.Query;
import brisk.db.QueryContext;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.resolve.BodyOwner;
import brisk.resolve.ResolveQueries;
import brisk.types.TypeQueries;
import java.util.ArrayList;
import java.util.List;

/** The per-body checks that run on typed bodies, as rustc's MIR build and borrowck do. */
public final class BorrowckQueries {
    /**
     * E0004 (non-exhaustive matches) E0382 (use of moved values) and E0499/E0502 (conflicting borrows) of one fn body, with body-relative spans. A body with
     * resolution or type errors is not checked (rustc's tainted bodies), so nothing cascades.
     */
    public static final Query<BodyOwner, List<ItemDiagnostic>> BODY_CHECKS = Query.of("body_checks", BorrowckQueries::check);

    private BorrowckQueries() {}

    private static List<ItemDiagnostic> check(QueryContext ctx, BodyOwner owner) {
        var item = ctx.get(ItemQueries.ITEM_TREE, owner.item().file()).item(owner.item().index());
        if (!(item instanceof Item.Fn fn) || !fn.hasBody()
                || !ctx.get(ResolveQueries.SIGNATURE_DIAGNOSTICS, owner).isEmpty()
                || !ctx.get(ResolveQueries.BODY_RESOLUTION, owner).diagnostics().isEmpty()) {
            return List.of();
        }
        var inference = ctx.get(TypeQueries.INFER, owner);
        var body = ctx.get(ItemQueries.BODY_SYNTAX, owner.item()).root();
        if (body == null || !inference.diagnostics().isEmpty()) {
            return List.of();
        }
        var types = new Space.Types(ctx, owner.crate(), ctx.get(TypeQueries.STD_ITEMS, owner.crate()));
        var out = new ArrayList<ItemDiagnostic>();
        var nodes = body.descendants();
        Unsafety.check(ctx, inference, owner.item(), ctx.get(TypeQueries.FN_SIGNATURE, owner).isUnsafe(), nodes, out);
        MatchCheck.check(types, inference, owner.item(), body, nodes, out);
        var resolution = ctx.get(ResolveQueries.BODY_RESOLUTION, owner);
        Moves.check(types, inference, resolution, owner.item(), fn, ctx.get(TypeQueries.FN_SIGNATURE, owner),
                ctx.get(brisk.lints.LintQueries.BODY_OFFSET, owner.item()), body, nodes, out);
        Borrows.check(inference, resolution, owner.item(), nodes, out);
        return List.copyOf(out);
    }
}
