package brisk.driver;

import brisk.base.TextRange;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.items.Item;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;

/**
 * Valid Rust that brisk cannot compile yet is an error naming the feature at its place, never a
 * silently wrong program. This covers what the item tree shows; later phases report what only
 * bodies show.
 */
final class UnsupportedFeatures {
    private UnsupportedFeatures() {}

    /** The "not supported" error for {@code item}, or null when brisk supports it. */
    static ItemDiagnostic of(ItemLoc loc, Item item) {
        String feature = switch (item) {
            case Item.Fn f when f.qualifiers().isAsync() -> "`async fn`";
            case Item.Fn f when f.qualifiers().externAbi() != null -> "`extern` functions";
            case Item.Union u -> "unions";
            case Item.MacroCall m -> "macro invocations in item position";
            case Item.ExternBlock e -> "`extern` blocks";
            default -> null;
        };
        if (feature == null) {
            return null;
        }
        TextRange at = item.nameRange() != null ? item.nameRange()
                : item instanceof Item.MacroCall m && m.path() != null ? m.path().range() : TextRange.at(0);
        return new ItemDiagnostic(loc, false, Diagnostic.error(null, "brisk does not support " + feature + " yet",
                new Span(loc.file(), at), "not supported by brisk"));
    }
}
