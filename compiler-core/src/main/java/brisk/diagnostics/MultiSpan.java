package brisk.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * rustc's {@code MultiSpan}: the primary span (rustc allows several; brisk has at most one) and
 * the labelled spans in the order they were added.
 */
record MultiSpan(Span primary, List<SpanLabel> labelled) {
    static final MultiSpan EMPTY = new MultiSpan(null, List.of());

    /** From a primary span with its optional label and the secondary labels, in brisk's order. */
    static MultiSpan of(Span primary, String primaryLabel, List<Label> secondary) {
        var labelled = new ArrayList<SpanLabel>();
        if (primary != null && primaryLabel != null) {
            labelled.add(new SpanLabel(primary, true, primaryLabel));
        }
        for (Label label : secondary) {
            labelled.add(new SpanLabel(label.span(), label.span().equals(primary), label.message()));
        }
        return new MultiSpan(primary, labelled);
    }

    MultiSpan withLabel(Span span, String label) {
        var all = new ArrayList<>(labelled);
        all.add(new SpanLabel(span, span.equals(primary), label));
        return new MultiSpan(primary, all);
    }

    /** rustc's {@code span_labels()}: the labelled spans, then the primary span if it has no label. */
    List<SpanLabel> spanLabels() {
        var all = new ArrayList<>(labelled);
        if (primary != null && labelled.stream().noneMatch(l -> l.span().equals(primary))) {
            all.add(new SpanLabel(primary, true, null));
        }
        return all;
    }

    boolean isEmpty() {
        return primary == null && labelled.isEmpty();
    }
}
