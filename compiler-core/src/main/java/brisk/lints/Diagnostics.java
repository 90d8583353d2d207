package brisk.lints;

import brisk.base.TextRange;
import brisk.diagnostics.Applicability;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.diagnostics.Suggestion;
import brisk.diagnostics.SuggestionPart;
import brisk.diagnostics.SuggestionStyle;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemLoc;
import java.util.List;

/**
 * Builds the diagnostics of one item with spans relative to a single anchor: the item's start
 * ({@code inBody} false) or its body's start. Body ranges are shifted by {@code bodyOffset} when a
 * diagnostic also points into the signature (a parameter), which makes it item-relative.
 */
final class Diagnostics {
    private final ItemLoc item;

    Diagnostics(ItemLoc item) {
        this.item = item;
    }

    Span span(TextRange range) {
        return new Span(item.file(), range);
    }

    ItemDiagnostic inBody(Diagnostic d) {
        return new ItemDiagnostic(item, true, d);
    }

    ItemDiagnostic inItem(Diagnostic d) {
        return new ItemDiagnostic(item, false, d);
    }

    /** rustc's {@code help: msg: `replacement`} code suggestion with one part. */
    SubDiagnostic suggest(String message, TextRange range, String replacement, Applicability applicability) {
        return SubDiagnostic.suggestion(message, Suggestion.replace(span(range), replacement, applicability));
    }

    /** A multipart suggestion, always shown as a patched copy of the source. */
    SubDiagnostic suggestParts(String message, List<TextRange> ranges, List<String> replacements,
                               Applicability applicability) {
        var parts = new java.util.ArrayList<SuggestionPart>();
        for (int i = 0; i < ranges.size(); i++) {
            parts.add(new SuggestionPart(span(ranges.get(i)), replacements.get(i)));
        }
        return SubDiagnostic.suggestion(message, new Suggestion(parts, applicability, SuggestionStyle.SHOW_ALWAYS));
    }
}
