package brisk.diagnostics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The snippet of one file inside a (sub)diagnostic: the left margin to trim, each annotated line
 * via {@link SourceLineRenderer}, the {@code |} bars of multi-line spans running down the gutter,
 * and the elision of lines between annotated ones ({@code ...}, or the single line in between).
 */
final class FileSnippetRenderer {
    private final int diagnosticWidth;

    FileSnippetRenderer(int diagnosticWidth) {
        this.diagnosticWidth = diagnosticWidth;
    }

    /**
     * A file whose source is not shown: only its location, then each label as {@code = note:}
     * (rustc's fallback when it cannot read the file).
     */
    static void renderHiddenSource(StyledBuffer buffer, AnnotatedFile file, int maxLineNumLen) {
        for (int i = 0; i < file.lines.size(); i++) {
            AnnotatedFile.Line line = file.lines.get(i);
            var annotations = new ArrayList<>(line.annotations());
            annotations.sort(byStartDescending());
            var labelled = annotations.stream().filter(Annotation::hasLabel).toList();
            int row = buffer.numLines();
            if (i == 0 || !labelled.isEmpty()) {
                // rustc prints a 0-based column here (`map.rs:125:0`), unlike everywhere else.
                buffer.append(row, file.source.path + ":" + line.lineIndex() + ":"
                        + annotations.getFirst().start().file(), Style.LINE_AND_COLUMN);
                buffer.prepend(row, i == 0 ? "--> " : "::: ", Style.LINE_NUMBER);
                buffer.prepend(row, " ".repeat(maxLineNumLen), Style.NO_STYLE);
                row++;
            }
            for (Annotation a : labelled) {
                buffer.putc(row++, maxLineNumLen + 1, '|', Style.LINE_NUMBER);
                buffer.puts(row, maxLineNumLen + 1, "= ", Style.LINE_NUMBER);
                buffer.append(row, "note", Style.MAIN_HEADER_MSG);
                buffer.append(row, ": ", Style.NO_STYLE);
                buffer.append(row, a.label(), a.primary() ? Style.LABEL_PRIMARY : Style.LABEL_SECONDARY);
                row++;
            }
        }
    }

    private static boolean isLexerWhitespace(int c) {
        return c == '\t' || c == '\n' || c == 0x0b || c == 0x0c || c == '\r' || c == ' ' || c == 0x85
                || c == 0x200e || c == 0x200f || c == 0x2028 || c == 0x2029;
    }

    /** The snippet of one file: margins, then each annotated line with elisions between them. */
    void render(StyledBuffer buffer, AnnotatedFile file, int maxLineNumLen) {
        int whitespaceMargin = Integer.MAX_VALUE;
        for (AnnotatedFile.Line line : file.lines) {
            String s = file.source.line(line.lineIndex());
            if (s == null) {
                continue;
            }
            int[] cps = s.codePoints().toArray();
            int leading = 0;
            while (leading < cps.length && isLexerWhitespace(cps[leading])) {
                leading++;
            }
            if (leading < cps.length) {
                whitespaceMargin = Math.min(whitespaceMargin, leading);
            }
        }
        if (whitespaceMargin == Integer.MAX_VALUE) {
            whitespaceMargin = 0;
        }
        int spanLeft = Integer.MAX_VALUE;
        int spanRight = 0;
        int labelRight = 0;
        int maxLineLen = 0;
        for (AnnotatedFile.Line line : file.lines) {
            String s = file.source.line(line.lineIndex());
            maxLineLen = Math.max(maxLineLen, s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length);
            for (Annotation ann : line.annotations()) {
                spanLeft = Math.min(spanLeft, Math.min(ann.start().file(), ann.end().file()));
                spanRight = Math.max(spanRight, Math.max(ann.start().file(), ann.end().file()));
                int labelLen = ann.label() == null ? 0 : ann.label().getBytes(StandardCharsets.UTF_8).length + 1;
                labelRight = Math.max(labelRight, ann.end().file() + labelLen);
            }
        }
        if (spanLeft == Integer.MAX_VALUE) {
            spanLeft = 0;
        }
        int widthOffset = 3 + maxLineNumLen;
        int codeOffset = file.multilineDepth == 0 ? widthOffset : widthOffset + file.multilineDepth + 1;
        var margin = new Margin(whitespaceMargin, spanLeft, spanRight, labelRight,
                Math.max(0, diagnosticWidth - codeOffset), maxLineLen);

        var renderer = new SourceLineRenderer(buffer, file.source, widthOffset, codeOffset, margin);
        Map<Integer, Style> multilines = new LinkedHashMap<>();
        for (int lineIdx = 0; lineIdx < file.lines.size(); lineIdx++) {
            AnnotatedFile.Line line = file.lines.get(lineIdx);
            int previousBufferLine = buffer.numLines();
            var depths = renderer.render(line);
            Map<Integer, Style> toAdd = new LinkedHashMap<>();
            for (var depth : depths) {
                if (multilines.remove(depth.depth()) == null) {
                    toAdd.put(depth.depth(), depth.style());
                }
            }
            for (var e : multilines.entrySet()) {
                for (int row = previousBufferLine; row < buffer.numLines(); row++) {
                    buffer.putc(row, widthOffset + e.getKey() - 1, '|', e.getValue());
                }
            }
            if (lineIdx < file.lines.size() - 1) {
                int delta = file.lines.get(lineIdx + 1).lineIndex() - line.lineIndex();
                if (delta > 2) {
                    int row = buffer.numLines();
                    buffer.puts(row, 0, "...", Style.LINE_NUMBER);
                    drawBridges(buffer, row, widthOffset, multilines, line);
                } else if (delta == 2) {
                    int row = buffer.numLines();
                    String between = file.source.line(line.lineIndex() + 1);
                    renderer.drawLine(TerminalText.normalize(between == null ? "" : between),
                            line.lineIndex() + 1, row);
                    drawBridges(buffer, row, widthOffset, multilines, line);
                }
            }
            multilines.putAll(toAdd);
        }
    }

    /** Keeps the {@code |} of open multi-line spans going across an elided or context line. */
    private static void drawBridges(StyledBuffer buffer, int row, int widthOffset, Map<Integer, Style> multilines,
            AnnotatedFile.Line line) {
        for (var e : multilines.entrySet()) {
            buffer.putc(row, widthOffset + e.getKey() - 1, '|', e.getValue());
        }
        for (Annotation ann : line.annotations()) {
            if (ann.kind() == Annotation.Kind.MULTILINE_START) {
                buffer.putc(row, widthOffset + ann.depth() - 1, '|',
                        ann.primary() ? Style.UNDERLINE_PRIMARY : Style.UNDERLINE_SECONDARY);
            }
        }
    }

    static Comparator<Annotation> byStartDescending() {
        return Comparator.comparing(Annotation::start).reversed();
    }
}
