package brisk.items;

import brisk.diagnostics.Diagnostic;
import java.util.List;

/**
 * A diagnostic whose spans are relative to an anchor (an item's start, or a fn body's start)
 * instead of the file, so that it stays equal when unrelated text above it moves. The final
 * per-file diagnostics query turns it into an absolute {@link Diagnostic} with the source map.
 *
 * @param item     the item whose start (or body start, when {@code inBody}) the spans are relative to;
 *                 null when the spans are already absolute (parse errors)
 * @param defSpans places in other items the diagnostic points at ("defined here"), resolved to
 *                 rustc's definition span of that item when the diagnostic is anchored
 */
public record ItemDiagnostic(ItemLoc item, boolean inBody, Diagnostic diagnostic, List<DefSpanRef> defSpans) {
    public ItemDiagnostic {
        defSpans = List.copyOf(defSpans);
    }

    public ItemDiagnostic(ItemLoc item, boolean inBody, Diagnostic diagnostic) {
        this(item, inBody, diagnostic, List.of());
    }

    public ItemDiagnostic withDefSpan(DefSpanRef ref) {
        var all = new java.util.ArrayList<>(defSpans);
        all.add(ref);
        return new ItemDiagnostic(item, inBody, diagnostic, all);
    }

    /**
     * The definition span of {@code item}, shown as a secondary label ({@code asNote} false) or as a
     * {@code note:} with its own snippet ({@code asNote} true). With {@code atName} the note points at
     * {@code primary} (labelled {@code primaryLabel}; the item's name when null), comes before the
     * diagnostic's other children and carries secondary labels {@code labelText} at
     * {@code labelRanges}; ranges are relative to that item's start (E0004's "not covered" variants,
     * E0382's "this parameter takes ownership of the value"). A label ({@code asNote} false) with
     * {@code labelRanges} becomes one secondary label per range instead, {@code labelText} on the last
     * (E0023's "tuple struct has 2 fields").
     */
    public record DefSpanRef(ItemLoc item, String message, boolean asNote, boolean atName,
                             brisk.base.TextRange primary, String primaryLabel,
                             List<brisk.base.TextRange> labelRanges, String labelText) {
        public DefSpanRef {
            labelRanges = List.copyOf(labelRanges);
        }

        public DefSpanRef(ItemLoc item, String message, boolean asNote) {
            this(item, message, asNote, false, null, null, List.of(), null);
        }
    }
}
