package brisk.items;

import brisk.base.FileId;
import brisk.db.Query;
import brisk.syntax.SyntaxQueries;

/**
 * Item-level queries. {@link #LOWERED_FILE} walks a file's syntax once and produces both the
 * position-free {@link ItemTree} and the positional {@link ItemSourceMap}; the two projections are
 * separate queries so that dependents of the item tree are backdated when only positions moved.
 */
public final class ItemQueries {
    public static final Query<FileId, LoweredFile> LOWERED_FILE =
            Query.of("lowered_file", (ctx, file) -> ItemTreeLowering.lower(ctx.get(SyntaxQueries.PARSE, file)));

    public static final Query<FileId, ItemTree> ITEM_TREE =
            Query.of("item_tree", (ctx, file) -> ctx.get(LOWERED_FILE, file).tree());

    public static final Query<FileId, ItemSourceMap> ITEM_SOURCE_MAP =
            Query.of("item_source_map", (ctx, file) -> ctx.get(LOWERED_FILE, file).sourceMap());

    /**
     * The syntax of a fn's body, position-free (a green node compares structurally), so editing one
     * body leaves every other body's value equal and their dependents are not re-run.
     */
    public static final Query<ItemLoc, BodySyntax> BODY_SYNTAX = Query.of("body_syntax", (ctx, loc) -> {
        var body = ctx.get(ITEM_SOURCE_MAP, loc.file()).body(loc.index());
        return new BodySyntax(body == null ? null : body.green());
    });

    private ItemQueries() {}
}
