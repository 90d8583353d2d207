package brisk.cache;

import brisk.lints.LintQueries;
import brisk.resolve.BodyResolution;
import brisk.types.TypeQueries;

import brisk.base.FileId;
import brisk.db.Codec;
import brisk.db.Codecs;
import brisk.db.FingerprintHasher;
import brisk.db.Fingerprinter;
import brisk.db.PersistSchema;
import brisk.db.Unit;
import brisk.diagnostics.Diagnostic;
import brisk.driver.CheckQueries;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;
import brisk.items.ItemTree;
import brisk.project.ProjectInputs;
import brisk.resolve.BodyOwner;
import brisk.resolve.CrateConfig;
import brisk.resolve.ResolveQueries;
import brisk.syntax.GreenElement;
import brisk.syntax.GreenNode;
import brisk.syntax.GreenToken;
import brisk.syntax.SyntaxQueries;
import java.util.ArrayDeque;

/**
 * Which of brisk's inputs and queries the cache persists. Every query with a serializable key is persisted
 * (dependencies, revisions, value fingerprint); the values of the queries {@code brisk check} reads at the
 * top ({@code crate_items}, {@code item_diagnostics}, {@code crate_diagnostics}) are persisted too, so an
 * unchanged workspace is answered from the file after validation.
 */
public final class BriskSchema {
    private BriskSchema() {}

    public static PersistSchema create(String version) {
        Codec<FileId> fileId = KeyCodecs.FILE_ID;
        Codec<Unit> unit = Codecs.of(Unit.class);
        Codec<CrateConfig> crate = KeyCodecs.CRATE_CONFIG;
        Codec<BodyOwner> owner = KeyCodecs.BODY_OWNER;
        return PersistSchema.builder(version)
                .fingerprinter(fingerprinter())
                .input(ProjectInputs.FILE_TEXT, fileId)
                .input(ProjectInputs.SOURCE_FILES, unit)
                .input(ProjectInputs.CRATE_GRAPH, unit)
                .query(SyntaxQueries.PARSE, fileId)
                .query(ItemQueries.LOWERED_FILE, fileId)
                .query(ItemQueries.ITEM_TREE, fileId, Codecs.of(ItemTree.class))
                .query(ItemQueries.ITEM_SOURCE_MAP, fileId)
                .query(ItemQueries.BODY_SYNTAX, KeyCodecs.ITEM_LOC)
                .query(ResolveQueries.DEF_MAP, crate)
                .query(ResolveQueries.SIGNATURE_DIAGNOSTICS, owner, Codecs.listOf(Codecs.of(ItemDiagnostic.class)))
                .query(ResolveQueries.BODY_RESOLUTION, owner, Codecs.of(BodyResolution.class))
                .query(TypeQueries.ITEM_OWNERS, crate)
                .query(TypeQueries.FILE_CRATES, crate)
                .query(TypeQueries.ITEM_SCOPE, owner)
                .query(TypeQueries.FN_SIGNATURE, owner)
                .query(TypeQueries.ADT_DEF, owner)
                .query(TypeQueries.TRAIT_DEF, owner)
                .query(TypeQueries.IMPL_DEF, owner)
                .query(TypeQueries.ALIAS_TYPE, owner)
                .query(TypeQueries.VALUE_TYPE, owner)
                .query(TypeQueries.CRATE_IMPLS, crate)
                .query(TypeQueries.IMPL_INDEX, crate)
                .query(TypeQueries.STD_ITEMS, crate)
                .query(TypeQueries.INFER, owner, brisk.types.InferenceResult.codec())
                .query(brisk.borrowck.BorrowckQueries.BODY_CHECKS, owner, Codecs.listOf(Codecs.of(ItemDiagnostic.class)))
                .query(LintQueries.ITEM_LINTS, owner)
                .query(LintQueries.BODY_OFFSET, KeyCodecs.ITEM_LOC)
                .query(LintQueries.UNUSED_IMPORTS, crate)
                .query(LintQueries.DEAD_CODE, crate)
                .query(CheckQueries.CRATE_ITEMS, crate, Codecs.listOf(owner))
                .query(CheckQueries.ITEM_DIAGNOSTICS, owner, Codecs.listOf(Codecs.of(ItemDiagnostic.class)))
                .query(CheckQueries.FILE_SYNTAX_DIAGNOSTICS, fileId, Codecs.listOf(Codecs.of(Diagnostic.class)))
                .query(CheckQueries.CRATE_FILES, crate, Codecs.listOf(fileId))
                .query(CheckQueries.DEF_MAP_DIAGNOSTICS, crate, Codecs.listOf(Codecs.of(ItemDiagnostic.class)))
                .query(CheckQueries.CRATE_DIAGNOSTICS, crate, Codecs.listOf(Codecs.of(Diagnostic.class)))
                .build();
    }

    /** Standard rules plus green syntax trees, hashed iteratively (trees can be deeper than the stack). */
    static Fingerprinter fingerprinter() {
        return Fingerprinter.standard()
                .with(GreenNode.class, BriskSchema::hashTree)
                .with(GreenToken.class, BriskSchema::hashToken);
    }

    private static void hashToken(GreenToken token, FingerprintHasher hasher) {
        hasher.putLong(1);
        hasher.putString(token.kind().name());
        hasher.putString(token.text());
    }

    private static void hashTree(GreenNode root, FingerprintHasher hasher) {
        ArrayDeque<GreenElement> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            switch (pending.pop()) {
                case GreenNode node -> {
                    hasher.putLong(2);
                    hasher.putString(node.kind().name());
                    hasher.putLong(node.childCount());
                    for (int i = node.childCount() - 1; i >= 0; i--) {
                        pending.push(node.child(i));
                    }
                }
                case GreenToken token -> hashToken(token, hasher);
            }
        }
    }
}
