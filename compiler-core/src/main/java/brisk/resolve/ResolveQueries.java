package brisk.resolve;

import brisk.db.Query;
import brisk.items.ItemDiagnostic;
import java.util.List;

/** Name-resolution queries: per crate the {@link DefMap}, per item its signature and body diagnostics. */
public final class ResolveQueries {
    public static final Query<CrateConfig, DefMap> DEF_MAP = Query.of("def_map", DefCollector::collect);

    /** Unresolved names in an item's signature (types of params, fields, bounds...). */
    public static final Query<BodyOwner, List<ItemDiagnostic>> SIGNATURE_DIAGNOSTICS =
            Query.of("signature_diagnostics", SignatureResolver::diagnostics);

    /** Unresolved names in a fn body; reads only that body's syntax and the def maps. */
    public static final Query<BodyOwner, BodyResolution> BODY_RESOLUTION =
            Query.of("body_resolution", BodyResolver::resolve);

    private ResolveQueries() {}
}
