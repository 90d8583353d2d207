package brisk.types;

import brisk.base.FileId;
import brisk.db.Query;
import brisk.db.QueryContext;
import brisk.items.ItemLoc;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import java.util.List;
import java.util.Map;

/**
 * Type-level queries. Everything but {@link #INFER} reads only item trees and def maps, so a body
 * edit leaves their values equal (backdated); {@link #INFER} additionally reads one body's syntax
 * and name resolution, and is re-run only for the edited body.
 */
public final class TypeQueries {
    // Item-level queries recover from cycles (invalid programs such as `type A = Vec<A>;` or a trait
    // bounded by itself) with an error value: rustc reports those; brisk must not crash on them.
    /** Module and container of every item of a crate. */
    public static final Query<CrateConfig, Map<ItemLoc, BodyOwner>> ITEM_OWNERS =
            Query.of("item_owners", ItemOwners::owners);

    /** For every file of the crate and its dependencies, the crate configuration that owns it. */
    public static final Query<CrateConfig, Map<FileId, CrateConfig>> FILE_CRATES =
            Query.of("file_crates", ItemOwners::fileCrates);

    /** An item's generic parameters with their bounds, its {@code Self} type and enclosing trait. */
    public static final Query<BodyOwner, ItemLowering.Scope> ITEM_SCOPE = Query.of("item_scope", ItemLowering::scope)
            .withCycleRecovery((ctx, owner, cycle) -> new ItemLowering.Scope(GenericParams.NONE, null, null));

    public static final Query<BodyOwner, FnSig> FN_SIGNATURE = Query.of("fn_signature", ItemLowering::fnSignature)
            .withCycleRecovery((ctx, owner, cycle) -> new FnSig(GenericParams.NONE, List.of(), List.of(), Ty.ERROR, false, false));

    public static final Query<BodyOwner, AdtDef> ADT_DEF = Query.of("adt_def", ItemLowering::adtDef)
            .withCycleRecovery((ctx, owner, cycle) -> null);

    public static final Query<BodyOwner, TraitDef> TRAIT_DEF = Query.of("trait_def", ItemLowering::traitDef)
            .withCycleRecovery((ctx, owner, cycle) -> null);

    public static final Query<BodyOwner, ImplDef> IMPL_DEF = Query.of("impl_def", ItemLowering::implDef)
            .withCycleRecovery((ctx, owner, cycle) -> null);

    public static final Query<BodyOwner, AliasType> ALIAS_TYPE = Query.of("alias_type", ItemLowering::aliasType)
            .withCycleRecovery((ctx, owner, cycle) -> null);

    /** The declared type of a const or static. */
    public static final Query<BodyOwner, Ty> VALUE_TYPE = Query.of("value_type", ItemLowering::valueType)
            .withCycleRecovery((ctx, owner, cycle) -> Ty.ERROR);

    /** The impls of one crate (its own only). */
    public static final Query<CrateConfig, List<ImplDef>> CRATE_IMPLS = Query.of("crate_impls", ItemLowering::crateImpls);

    /** Every impl a body of the crate can use (its own and its dependencies'), indexed for lookup. */
    public static final Query<CrateConfig, ImplIndex> IMPL_INDEX = Query.of("impl_index", ImplIndex::build);

    /** Known std items (Vec, Option, Iterator...) for a crate. */
    public static final Query<CrateConfig, StdItems> STD_ITEMS = Query.of("std_items", StdItems::collect);

    /** Type inference of one fn body. */
    public static final Query<BodyOwner, InferenceResult> INFER = Query.of("infer", BodyInference::infer);

    private TypeQueries() {}

    /** The owner (crate, module, container) of {@code loc}, as seen from crate {@code from}; null if unknown. */
    static BodyOwner ownerOf(QueryContext ctx, CrateConfig from, ItemLoc loc) {
        var crate = ctx.get(FILE_CRATES, from).get(loc.file());
        return crate == null ? null : ctx.get(ITEM_OWNERS, crate).get(loc);
    }

    /** The ADT defined at {@code loc}, as seen from crate {@code from}; null if unknown. */
    public static AdtDef adtDef(QueryContext ctx, CrateConfig from, ItemLoc loc) {
        var owner = ownerOf(ctx, from, loc);
        return owner == null ? null : ctx.get(ADT_DEF, owner);
    }

    static TraitDef traitDef(QueryContext ctx, CrateConfig from, ItemLoc loc) {
        var owner = ownerOf(ctx, from, loc);
        return owner == null ? null : ctx.get(TRAIT_DEF, owner);
    }

    static AliasType aliasType(QueryContext ctx, CrateConfig from, ItemLoc loc) {
        var owner = ownerOf(ctx, from, loc);
        return owner == null ? null : ctx.get(ALIAS_TYPE, owner);
    }

    /** In an impl, the type its {@code type name = ..;} item stands for, or null. */
    static Ty implAssocType(QueryContext ctx, BodyOwner inImpl, String name) {
        var implOwner = ownerOf(ctx, inImpl.crate(), inImpl.container());
        return implOwner == null ? null : ItemLowering.implAssocTypeRaw(ctx, implOwner, name);
    }
}
