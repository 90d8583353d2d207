package brisk.driver;

import brisk.db.QueryContext;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Label;
import brisk.diagnostics.Span;
import brisk.diagnostics.SubDiagnostic;
import brisk.diagnostics.Suggestion;
import brisk.diagnostics.SuggestionPart;
import brisk.items.ItemDiagnostic;
import brisk.items.ItemQueries;

/** Turns item- or body-relative diagnostic spans into file spans with the file's source map. */
final class Anchoring {
    private Anchoring() {}

    static Diagnostic absolute(QueryContext ctx, ItemDiagnostic d) {
        if (d.item() == null) {
            return d.diagnostic();
        }
        var map = ctx.get(ItemQueries.ITEM_SOURCE_MAP, d.item().file());
        int delta = d.inBody() ? map.bodyStart(d.item().index()) : map.itemStart(d.item().index());
        var diag = d.diagnostic();
        var labels = new java.util.ArrayList<>(diag.secondary().stream().map(l -> shift(l, delta)).toList());
        var children = new java.util.ArrayList<>(diag.children().stream().map(c -> shift(c, delta)).toList());
        int firstNotes = 0;
        for (var ref : d.defSpans()) {
            var node = ctx.get(ItemQueries.ITEM_SOURCE_MAP, ref.item().file()).node(ref.item().index());
            var span = new Span(ref.item().file(), DefSpans.of(node));
            if (ref.atName()) {
                int itemStart = ctx.get(ItemQueries.ITEM_SOURCE_MAP, ref.item().file()).itemStart(ref.item().index());
                var name = ref.primary() != null ? ref.primary()
                        : ctx.get(ItemQueries.ITEM_TREE, ref.item().file()).item(ref.item().index()).nameRange();
                if (name != null) {
                    span = new Span(ref.item().file(), name.shift(itemStart));
                }
                var noteLabels = ref.labelRanges().stream()
                        .map(r -> new Label(new Span(ref.item().file(), r.shift(itemStart)), ref.labelText())).toList();
                children.add(firstNotes++, new SubDiagnostic(brisk.diagnostics.Severity.NOTE, ref.message(), span,
                        ref.primaryLabel(), noteLabels, null));
            } else if (!ref.labelRanges().isEmpty()) {
                int itemStart = ctx.get(ItemQueries.ITEM_SOURCE_MAP, ref.item().file()).itemStart(ref.item().index());
                var ranges = ref.labelRanges();
                for (int i = 0; i < ranges.size(); i++) {
                    labels.add(new Label(new Span(ref.item().file(), ranges.get(i).shift(itemStart)),
                            i == ranges.size() - 1 ? ref.labelText() : ""));
                }
            } else if (ref.asNote()) {
                children.add(new SubDiagnostic(brisk.diagnostics.Severity.NOTE, ref.message(), span));
            } else {
                labels.add(new Label(span, ref.message()));
            }
        }
        return new Diagnostic(diag.severity(), diag.code(), diag.message(), shift(diag.primary(), delta),
                diag.primaryLabel(), labels, children);
    }

    private static Label shift(Label label, int delta) {
        return new Label(shift(label.span(), delta), label.message(), label.primary());
    }

    private static SubDiagnostic shift(SubDiagnostic c, int delta) {
        var suggestion = c.suggestion() == null ? null : new Suggestion(
                c.suggestion().parts().stream()
                        .map(p -> new SuggestionPart(shift(p.span(), delta), p.replacement())).toList(),
                c.suggestion().applicability(), c.suggestion().style());
        return new SubDiagnostic(c.severity(), c.message(), shift(c.span(), delta), c.spanLabel(),
                c.labels().stream().map(l -> shift(l, delta)).toList(), suggestion);
    }

    /** Every span of an item diagnostic is relative to its anchor, so all move by the same delta. */
    private static Span shift(Span span, int delta) {
        return span == null ? null : new Span(span.file(), span.range().shift(delta));
    }
}
