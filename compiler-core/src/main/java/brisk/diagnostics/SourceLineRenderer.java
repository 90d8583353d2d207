package brisk.diagnostics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * rustc's {@code render_source_line}: draws one source line with its line number and, below it,
 * the underlines, connector lines and labels of its annotations, stacking labels on extra rows
 * where they would collide.
 */
final class SourceLineRenderer {
    private final StyledBuffer buffer;
    private final SourceView source;
    private final int widthOffset;
    private final int codeOffset;
    private final Margin margin;

    /** A multi-line span whose left bar starts or ends on the rendered line. */
    record Depth(int depth, Style style) {}

    SourceLineRenderer(StyledBuffer buffer, SourceView source, int widthOffset, int codeOffset, Margin margin) {
        this.buffer = buffer;
        this.source = source;
        this.widthOffset = widthOffset;
        this.codeOffset = codeOffset;
        this.margin = margin;
    }

    /** rustc's {@code draw_line}: line number, separator and the (possibly trimmed) code. */
    int drawLine(String sourceString, int lineIndex, int lineOffset) {
        int lineLen = sourceString.getBytes(StandardCharsets.UTF_8).length;
        int left = margin.left(lineLen);
        int right = margin.right(lineLen);
        int[] cps = sourceString.codePoints().toArray();
        var code = new StringBuilder();
        for (int i = left; i < right && i < cps.length; i++) {
            code.appendCodePoint(cps[i]);
        }
        String shown = TerminalText.normalize(code.toString());
        boolean wasCutRight = cps.length > right;
        buffer.puts(lineOffset, codeOffset, shown, Style.QUOTATION);
        if (margin.wasCutLeft()) {
            buffer.puts(lineOffset, codeOffset, "...", Style.LINE_NUMBER);
        }
        if (wasCutRight) {
            buffer.puts(lineOffset, codeOffset + TerminalText.width(shown) - 3, "...", Style.LINE_NUMBER);
        }
        SuggestionRenderer.drawLineNum(buffer, lineIndex, lineOffset, widthOffset - 3);
        buffer.putc(lineOffset, widthOffset - 2, '|', Style.LINE_NUMBER);
        return left;
    }

    private static boolean isWhitespace(int c) {
        return Character.isWhitespace(c) || c == 0x00a0 || c == 0x2007 || c == 0x202f || c == 0x85;
    }

    private static int widthOf(int[] cps, int from, int to) {
        int w = 0;
        for (int i = Math.max(0, from); i < to && i < cps.length; i++) {
            w += TerminalText.width(cps[i]);
        }
        return w;
    }

    private static boolean overlaps(Annotation a1, Annotation a2, int padding) {
        int aStart = a1.start().display();
        int aEnd = a1.end().display() + padding;
        int bStart = a2.start().display();
        int bEnd = a2.end().display();
        return (bStart <= aStart && aStart < bEnd) || (aStart <= bStart && bStart < aEnd);
    }

    private record Positioned(int pos, Annotation ann) {}

    List<Depth> render(AnnotatedFile.Line line) {
        if (line.lineIndex() == 0) {
            return List.of();
        }
        String sourceString = source.line(line.lineIndex());
        if (sourceString == null) {
            return List.of();
        }
        int[] cps = sourceString.codePoints().toArray();
        int lineOffset = buffer.numLines();
        int left = drawLine(sourceString, line.lineIndex(), lineOffset);

        // A multi-line span starting after only whitespace is drawn as `/` in the gutter.
        var shortStartDepths = new ArrayList<Depth>();
        boolean shortStart = true;
        for (Annotation ann : line.annotations()) {
            if (ann.kind() == Annotation.Kind.MULTILINE_START) {
                boolean allWhitespace = true;
                for (int i = 0; i < ann.start().file() && i < cps.length; i++) {
                    allWhitespace &= isWhitespace(cps[i]);
                }
                if (allWhitespace) {
                    Style style = ann.primary() ? Style.UNDERLINE_PRIMARY : Style.UNDERLINE_SECONDARY;
                    shortStartDepths.add(new Depth(ann.depth(), style));
                } else {
                    shortStart = false;
                    break;
                }
            } else if (!ann.isLine()) {
                shortStart = false;
                break;
            }
        }
        if (shortStart) {
            for (Depth d : shortStartDepths) {
                buffer.putc(lineOffset, widthOffset + d.depth() - 1, '/', d.style());
            }
            return shortStartDepths;
        }

        var annotations = new ArrayList<>(line.annotations());
        annotations.sort(FileSnippetRenderer.byStartDescending());

        int n = annotations.size();
        boolean[] overlap = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (overlaps(annotations.get(j), annotations.get(i), 0)) {
                    overlap[i] = true;
                    overlap[j] = true;
                }
            }
        }
        var positions = new ArrayList<Positioned>();
        int lineLen = 0;
        int p = 0;
        for (int i = 0; i < n; i++) {
            Annotation annotation = annotations.get(i);
            for (int j = i + 1; j < n; j++) {
                Annotation next = annotations.get(j);
                if (overlaps(next, annotation, 0) && annotation.hasLabel() && p == 0) {
                    if (next.start().equals(annotation.start()) && next.end().equals(annotation.end())
                            && !next.hasLabel()) {
                        continue;
                    }
                    p++;
                    break;
                }
            }
            positions.add(new Positioned(p, annotation));
            for (int j = i + 1; j < n; j++) {
                Annotation next = annotations.get(j);
                int l = next.label() == null ? 0 : next.label().getBytes(StandardCharsets.UTF_8).length + 2;
                if ((overlaps(next, annotation, l) && annotation.hasLabel() && next.hasLabel())
                        || (annotation.takesSpace() && next.hasLabel())
                        || (annotation.hasLabel() && next.takesSpace())
                        || (annotation.takesSpace() && next.takesSpace())
                        || (overlaps(next, annotation, l) && next.end().compareTo(annotation.end()) <= 0
                                && next.hasLabel() && p == 0)) {
                    p++;
                    break;
                }
            }
            lineLen = Math.max(lineLen, p);
        }
        if (lineLen != 0) {
            lineLen++;
        }
        if (line.annotations().stream().allMatch(Annotation::isLine)) {
            return List.of();
        }
        if (!positions.isEmpty()
                && positions.stream().allMatch(x -> x.ann().kind() == Annotation.Kind.MULTILINE_START)) {
            int maxPos = positions.stream().mapToInt(Positioned::pos).max().orElseThrow();
            positions.replaceAll(x -> new Positioned(maxPos - x.pos(), x.ann()));
            lineLen = Math.max(0, lineLen - 1);
        }

        for (int pos = 0; pos <= lineLen; pos++) {
            buffer.putc(lineOffset + pos + 1, widthOffset - 2, '|', Style.LINE_NUMBER);
        }

        // Horizontal `___` of multi-line starts and ends.
        for (Positioned x : positions) {
            Annotation a = x.ann();
            int pos = x.pos() + 1;
            if (a.kind() == Annotation.Kind.MULTILINE_START || a.kind() == Annotation.Kind.MULTILINE_END) {
                int pre = widthOf(cps, left, a.start().file());
                Style style = underlineStyle(a);
                for (int col = widthOffset + a.depth(); col < codeOffset + pre; col++) {
                    buffer.putc(lineOffset + pos, col, '_', style);
                }
            }
        }

        // Vertical lines from underlines down to labels placed on lower rows.
        for (Positioned x : positions) {
            Annotation a = x.ann();
            Style style = underlineStyle(a);
            int pos = x.pos() + 1;
            int col = codeOffset + widthOf(cps, left, a.start().file());
            if (pos > 1 && (a.hasLabel() || a.takesSpace())) {
                for (int row = lineOffset + 1; row <= lineOffset + pos; row++) {
                    buffer.putc(row, col, '|', style);
                }
            }
            switch (a.kind()) {
                case MULTILINE_START -> {
                    buffer.putc(lineOffset + pos, widthOffset + a.depth() - 1, ' ', style);
                    for (int row = lineOffset + pos + 1; row < lineOffset + lineLen + 2; row++) {
                        buffer.putc(row, widthOffset + a.depth() - 1, '|', style);
                    }
                }
                case MULTILINE_END -> {
                    for (int row = lineOffset; row < lineOffset + pos; row++) {
                        buffer.putc(row, widthOffset + a.depth() - 1, '|', style);
                    }
                    buffer.putc(lineOffset + pos, widthOffset + a.depth() - 1, '|', style);
                }
                default -> { }
            }
        }

        // Labels.
        for (Positioned x : positions) {
            Annotation a = x.ann();
            Style style = a.primary() ? Style.LABEL_PRIMARY : Style.LABEL_SECONDARY;
            int row;
            int col;
            if (x.pos() == 0) {
                int pre = widthOf(cps, left, a.end().file());
                if (a.end().file() == 0) {
                    row = 1;
                    col = pre + 2;
                } else {
                    int pad = a.end().file() - a.start().file() == 0 ? 2 : 1;
                    row = 1;
                    col = pre + pad;
                }
            } else {
                row = x.pos() + 2;
                col = widthOf(cps, left, a.start().file());
            }
            if (a.label() != null) {
                buffer.puts(lineOffset + row, codeOffset + col, a.label(), style);
            }
        }

        // Underlines, biggest first so that smaller spans stay visible; primary over secondary.
        var bySize = new ArrayList<>(positions);
        bySize.sort(Comparator.comparingInt((Positioned x) -> -x.ann().len())
                .thenComparing(x -> x.ann().primary()));
        for (Positioned x : bySize) {
            Annotation a = x.ann();
            Style style = underlineStyle(a);
            char underline = a.primary() ? '^' : '-';
            int col = codeOffset + widthOf(cps, left, a.start().file());
            int width = Math.max(0, a.end().file() - a.start().file());
            int annWidth = widthOf(cps, a.start().file(), a.start().file() + width);
            if (annWidth == 0 && a.kind() == Annotation.Kind.SINGLELINE) {
                annWidth = 1;
            }
            for (int i = 0; i < annWidth; i++) {
                buffer.putc(lineOffset + 1, col + i, underline, style);
            }
            boolean startOrEnd = a.kind() == Annotation.Kind.MULTILINE_START
                    || a.kind() == Annotation.Kind.MULTILINE_END;
            if (startOrEnd || (x.pos() != 0 && a.hasLabel())) {
                buffer.putc(lineOffset + 1, col, underline, style);
            }
        }

        // Cut the middle out of spans wider than twice the available width. (rustc indexes the
        // overlap flags by the size-sorted position; kept for identical output.)
        for (int i = 0; i < bySize.size(); i++) {
            Annotation a = bySize.get(i).ann();
            if (overlap[i] || a.kind() != Annotation.Kind.SINGLELINE) {
                continue;
            }
            int width = a.end().display() - a.start().display();
            if (width > margin.columnWidth * 2 && width > 10) {
                int pad = Math.max(margin.columnWidth / 3, 5);
                buffer.replace(lineOffset, a.start().file() + pad, a.end().file() - pad, "...");
                buffer.replace(lineOffset + 1, a.start().file() + pad, a.end().file() - pad, "...");
            }
        }

        var depths = new ArrayList<Depth>();
        for (Positioned x : bySize) {
            Annotation a = x.ann();
            if (a.kind() == Annotation.Kind.MULTILINE_START || a.kind() == Annotation.Kind.MULTILINE_END) {
                depths.add(new Depth(a.depth(), underlineStyle(a)));
            }
        }
        return depths;
    }

    private static Style underlineStyle(Annotation a) {
        return a.primary() ? Style.UNDERLINE_PRIMARY : Style.UNDERLINE_SECONDARY;
    }
}
