package brisk.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * rustc's {@code FileWithAnnotatedLines}: the annotations of one multi-span grouped by file and
 * line, with overlapping multi-line spans given distinct depths (gutter columns).
 */
final class AnnotatedFile {
    final SourceView source;
    final List<Line> lines = new ArrayList<>();
    int multilineDepth;

    record Line(int lineIndex, List<Annotation> annotations) {}

    private AnnotatedFile(SourceView source) {
        this.source = source;
    }

    private static final class Multiline {
        int depth = 1;
        final int lineStart;
        final int lineEnd;
        final Annotation.Column startCol;
        final Annotation.Column endCol;
        final boolean primary;
        final String label;
        boolean overlapsExactly;
        final SourceView source;

        Multiline(SourceView source, int lineStart, int lineEnd, Annotation.Column startCol,
                Annotation.Column endCol, boolean primary, String label) {
            this.source = source;
            this.lineStart = lineStart;
            this.lineEnd = lineEnd;
            this.startCol = startCol;
            this.endCol = endCol;
            this.primary = primary;
            this.label = label;
        }

        Multiline copy() {
            var m = new Multiline(source, lineStart, lineEnd, startCol, endCol, primary, label);
            m.depth = depth;
            m.overlapsExactly = overlapsExactly;
            return m;
        }

        boolean sameSpan(Multiline o) {
            return lineStart == o.lineStart && lineEnd == o.lineEnd && startCol.equals(o.startCol)
                    && endCol.equals(o.endCol);
        }

        boolean sameValue(Multiline o) {
            return sameSpan(o) && depth == o.depth && primary == o.primary && overlapsExactly == o.overlapsExactly
                    && java.util.Objects.equals(label, o.label);
        }

        Annotation asStart() {
            var end = new Annotation.Column(startCol.display() + 1, startCol.file() + 1);
            return new Annotation(startCol, end, primary, null, Annotation.Kind.MULTILINE_START, depth);
        }

        Annotation asEnd() {
            var start = new Annotation.Column(Math.max(0, endCol.display() - 1), Math.max(0, endCol.file() - 1));
            return new Annotation(start, endCol, primary, label, Annotation.Kind.MULTILINE_END, depth);
        }

        Annotation asLine() {
            var zero = new Annotation.Column(0, 0);
            return new Annotation(zero, zero, primary, null, Annotation.Kind.MULTILINE_LINE, depth);
        }
    }

    private static void add(List<AnnotatedFile> files, SourceView source, int lineIndex, Annotation ann) {
        for (AnnotatedFile f : files) {
            if (f.source.file.equals(source.file)) {
                for (Line line : f.lines) {
                    if (line.lineIndex == lineIndex) {
                        line.annotations.add(ann);
                        return;
                    }
                }
                var anns = new ArrayList<Annotation>();
                anns.add(ann);
                f.lines.add(new Line(lineIndex, anns));
                f.lines.sort(Comparator.comparingInt(Line::lineIndex));
                return;
            }
        }
        var f = new AnnotatedFile(source);
        var anns = new ArrayList<Annotation>();
        anns.add(ann);
        f.lines.add(new Line(lineIndex, anns));
        files.add(f);
    }

    /** A line counts as context only if it is more than blank, a plain comment or a lone delimiter. */
    private static boolean isMeaningful(String s) {
        String t = s.strip();
        boolean plainComment = t.startsWith("//") && !(t.startsWith("///") || t.startsWith("//!"));
        return !plainComment && !List.of("", "{", "}", "(", ")", "[", "]").contains(t);
    }

    /** rustc's {@code collect_annotations}. */
    static List<AnnotatedFile> collect(MultiSpan msp, SourceViews views) {
        var output = new ArrayList<AnnotatedFile>();
        var multilines = new ArrayList<Multiline>();
        for (SpanLabel sl : msp.spanLabels()) {
            SourceView source = views.of(sl.span().file());
            SourceView.Loc lo = source.loc(sl.span().range().start());
            SourceView.Loc hi = source.loc(sl.span().range().end());
            int hiDisplay = hi.colDisplay();
            if (lo.colDisplay() == hi.colDisplay() && lo.line() == hi.line()) {
                hiDisplay++;
            }
            String label = sl.label() == null ? null : TerminalText.normalize(sl.label());
            var startCol = new Annotation.Column(lo.colDisplay(), lo.col());
            var endCol = new Annotation.Column(hiDisplay, hi.col());
            if (lo.line() != hi.line()) {
                multilines.add(new Multiline(source, lo.line(), hi.line(), startCol, endCol, sl.primary(), label));
            } else {
                add(output, source, lo.line(),
                        new Annotation(startCol, endCol, sl.primary(), label, Annotation.Kind.SINGLELINE, 0));
            }
        }

        multilines.sort(Comparator.comparingInt((Multiline m) -> m.lineStart)
                .thenComparing(Comparator.comparingInt((Multiline m) -> m.lineEnd).reversed()));
        var snapshot = multilines.stream().map(Multiline::copy).toList();
        for (Multiline ann : snapshot) {
            for (Multiline a : multilines) {
                boolean overlap = ann.lineStart <= a.lineEnd && a.lineStart <= ann.lineEnd;
                if (!ann.sameSpan(a) && overlap) {
                    a.depth++;
                } else if (ann.sameSpan(a) && !ann.sameValue(a)) {
                    a.overlapsExactly = true;
                } else {
                    break;
                }
            }
        }
        int maxDepth = 0;
        for (Multiline m : multilines) {
            maxDepth = Math.max(maxDepth, m.depth);
        }
        for (Multiline m : multilines) {
            m.depth = maxDepth - m.depth + 1;
        }
        for (Multiline ann : multilines) {
            SourceView source = ann.source;
            Annotation endAnn = ann.asEnd();
            if (!ann.overlapsExactly) {
                add(output, source, ann.lineStart, ann.asStart());
                int middle = Math.min(ann.lineStart + 4, ann.lineEnd);
                int until = ann.lineStart;
                for (int line = middle - 1; line >= ann.lineStart; line--) {
                    String s = source.line(line);
                    if (s != null && isMeaningful(s)) {
                        until = line + 1;
                        break;
                    }
                }
                for (int line = ann.lineStart + 1; line < until; line++) {
                    add(output, source, line, ann.asLine());
                }
                int lineEnd = ann.lineEnd - 1;
                String endLine = source.line(lineEnd);
                boolean endIsEmpty = endLine != null && !isMeaningful(endLine);
                if (middle < lineEnd && !endIsEmpty) {
                    add(output, source, lineEnd, ann.asLine());
                }
            } else {
                endAnn = endAnn.withKind(Annotation.Kind.SINGLELINE);
            }
            add(output, source, ann.lineEnd, endAnn);
        }
        for (AnnotatedFile f : output) {
            f.multilineDepth = maxDepth;
        }
        return output;
    }
}
