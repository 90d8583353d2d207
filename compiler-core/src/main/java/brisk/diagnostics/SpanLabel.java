package brisk.diagnostics;

/** rustc's {@code SpanLabel}: a span of a multi-span, whether it is primary, and its label (nullable). */
record SpanLabel(Span span, boolean primary, String label) {}
