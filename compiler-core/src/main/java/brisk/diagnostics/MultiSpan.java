package brisk.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * rustc's {@code MultiSpan}: the primary spans in source order (the first one is the location
 * printed after {@code -->}) and the labelled spans in the order they were added.
 */
record MultiSpan(List<Span> primarySpans, List<SpanLabel> labelled) {
    static final MultiSpan EMPTY = new MultiSpan(List.of(), List.of());

    /** From brisk's primary span, its optional label and the other labels. */
    static MultiSpan of(Span primary, String primaryLabel, List<Label> labels) {
        var primaries = new ArrayList<Span>();
        if (primary != null) {
            primaries.add(primary);
        }
        for (Label label : labels) {
            if (label.primary()) {
                primaries.add(label.span());
            }
        }
        // rustc keeps primary spans sorted: the earliest one is the location after `-->`.
        primaries.sort(java.util.Comparator.comparing(Span::file)
                .thenComparingInt((Span s) -> s.range().start())
                .thenComparingInt(s -> s.range().end()));
        var labelled = new ArrayList<SpanLabel>();
        if (primary != null && primaryLabel != null) {
            labelled.add(new SpanLabel(primary, true, primaryLabel));
        }
        for (Label label : labels) {
            if (label.message() != null) {
                labelled.add(new SpanLabel(label.span(), primaries.contains(label.span()), label.message()));
            }
        }
        return new MultiSpan(primaries, labelled);
    }

    Span primary() {
        return primarySpans.isEmpty() ? null : primarySpans.getFirst();
    }

    MultiSpan withLabel(Span span, String label) {
        var all = new ArrayList<>(labelled);
        all.add(new SpanLabel(span, primarySpans.contains(span), label));
        return new MultiSpan(primarySpans, all);
    }

    /** rustc's {@code span_labels()}: the labelled spans, then the primary spans without a label. */
    List<SpanLabel> spanLabels() {
        var all = new ArrayList<>(labelled);
        for (Span p : primarySpans) {
            if (labelled.stream().noneMatch(l -> l.span().equals(p))) {
                all.add(new SpanLabel(p, true, null));
            }
        }
        return all;
    }

    boolean isEmpty() {
        return primarySpans.isEmpty() && labelled.isEmpty();
    }
}
