package brisk.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * rustc's {@code emit_suggestion_default}: a {@code help:} block showing the source with the
 * suggestion applied, as a diff ({@code - old} / {@code + new}) when code is removed, with
 * {@code +++}/{@code ~~~} under inserted or replaced code otherwise, or as plain patched lines
 * for multi-line suggestions.
 */
final class SuggestionRenderer {
    private final SourceViews views;
    private final boolean color;

    private enum Display { UNDERLINE, DIFF, NONE, ADD }

    SuggestionRenderer(SourceViews views, boolean color) {
        this.views = views;
        this.color = color;
    }

    /** Rust's {@code str::lines}: split on newlines, drop a final empty line and trailing {@code \r}. */
    private static List<String> lines(String s) {
        var out = new ArrayList<String>();
        if (s.isEmpty()) {
            return out;
        }
        String[] split = s.split("\n", -1);
        int n = split.length;
        if (split[n - 1].isEmpty()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            String l = split[i];
            out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        return out;
    }

    /** The line number right-aligned in the gutter; rustc styles the padding with the number. */
    static void drawLineNum(StyledBuffer buffer, int lineNum, int row, int maxLineNumLen) {
        String num = Integer.toString(lineNum);
        buffer.puts(row, 0, " ".repeat(Math.max(0, maxLineNumLen - num.length())) + num, Style.LINE_NUMBER);
    }

    void emit(StringBuilder out, Span primary, String message, Suggestion suggestion, int maxLineNumLen) {
        SuggestionSplice.Spliced spliced = SuggestionSplice.splice(suggestion, views);
        if (spliced == null) {
            return;
        }
        var buffer = new StyledBuffer();
        buffer.append(0, Style.Level.HELP.word, Style.LEVEL_HELP);
        buffer.append(0, ": ", Style.HEADER_MSG);
        HumanRenderer.messageToBuffer(buffer, message + spliced.confusion().labelText(), maxLineNumLen,
                "suggestion", Style.HEADER_MSG);

        int rowNum = 2;
        List<SuggestionSplice.Part> parts = spliced.parts();
        SuggestionSplice.Part first = parts.getFirst();
        SourceView sf = first.source();
        boolean hasDeletion = parts.stream().anyMatch(p -> p.isDeletion() || p.isDestructiveReplacement());
        List<String> completeLines = lines(spliced.complete());
        boolean isMultiline = completeLines.size() > 1;

        buffer.putc(rowNum - 1, maxLineNumLen + 1, '|', Style.LINE_NUMBER);
        if (primary != null && !primary.file().equals(sf.file)) {
            SourceView.Loc loc = sf.loc(first.lo());
            buffer.puts(rowNum - 1, 0, "--> ", Style.LINE_NUMBER);
            String where = sf.path + ":" + loc.line() + ":" + (loc.col() + 1);
            buffer.puts(1, Math.max(maxLineNumLen + 1, 4), where, Style.LINE_AND_COLUMN);
            buffer.prepend(rowNum - 1, " ".repeat(maxLineNumLen), Style.NO_STYLE);
            buffer.putc(rowNum, maxLineNumLen + 1, '|', Style.LINE_NUMBER);
            rowNum++;
        }
        Display show;
        if (hasDeletion && !isMultiline) {
            show = Display.DIFF;
        } else if (parts.size() == 1 && first.snippet().endsWith("\n")
                && first.snippet().strip().equals(spliced.complete().strip())) {
            show = Display.ADD;
        } else if ((parts.size() != 1 || !first.snippet().strip().equals(spliced.complete().strip())) && !isMultiline) {
            show = Display.UNDERLINE;
        } else {
            show = Display.NONE;
        }
        if (show == Display.DIFF) {
            rowNum++;
        }
        int spanFirstLine = sf.loc(first.lo()).line();
        int spanLastLine = sf.loc(first.hi()).line();
        int lineStart = sf.loc(first.originalLo()).line();
        int[] row = {rowNum};

        if (completeLines.isEmpty()) {
            int lineEnd = sf.loc(suggestion.parts().getFirst().span().range().end()).line();
            for (int line = lineStart; line <= lineEnd; line++) {
                int r = row[0] - 1 + line - lineStart;
                drawLineNum(buffer, line, r, maxLineNumLen);
                buffer.puts(r, maxLineNumLen + 1, "- ", Style.REMOVAL);
                buffer.puts(r, maxLineNumLen + 3, TerminalText.normalize(sf.line(line)), Style.REMOVAL);
            }
            row[0] += lineEnd - lineStart;
        }
        var unhighlighted = new ArrayList<Integer>();
        int lastPos = 0;
        boolean isItemAttribute = false;
        int pairs = Math.min(completeLines.size(), spliced.highlights().size());
        for (int linePos = 0; linePos < pairs; linePos++) {
            String line = completeLines.get(linePos);
            List<SuggestionSplice.Highlight> highlightParts = spliced.highlights().get(linePos);
            lastPos = linePos;
            if (highlightParts.isEmpty()) {
                unhighlighted.add(linePos);
                continue;
            }
            if (highlightParts.size() == 1 && line.strip().startsWith("#[") && line.strip().endsWith("]")
                    && completeLines.size() == 1) {
                isItemAttribute = true;
            }
            if (!unhighlighted.isEmpty() && unhighlighted.size() <= 3) {
                for (int p : unhighlighted) {
                    drawCodeLine(buffer, row, List.of(), p + lineStart, completeLines.get(p), show, maxLineNumLen,
                            sf, spanFirstLine, spanLastLine, isMultiline);
                }
            } else if (unhighlighted.size() > 3) {
                int firstP = unhighlighted.getFirst();
                int lastP = unhighlighted.getLast();
                drawCodeLine(buffer, row, List.of(), firstP + lineStart, completeLines.get(firstP), show,
                        maxLineNumLen, sf, spanFirstLine, spanLastLine, isMultiline);
                buffer.puts(row[0], Math.max(0, maxLineNumLen - 3), "...", Style.LINE_NUMBER);
                row[0]++;
                drawCodeLine(buffer, row, List.of(), lastP + lineStart, completeLines.get(lastP), show,
                        maxLineNumLen, sf, spanFirstLine, spanLastLine, isMultiline);
            }
            unhighlighted.clear();
            drawCodeLine(buffer, row, highlightParts, linePos + lineStart, line, show, maxLineNumLen, sf,
                    spanFirstLine, spanLastLine, isMultiline);
        }
        if (show == Display.ADD && isItemAttribute) {
            int lineNum = sf.loc(first.lo()).line();
            String line = sf.line(lineNum);
            if (line != null) {
                drawCodeLine(buffer, row, List.of(), lineNum + lastPos + 1, TerminalText.normalize(line),
                        Display.NONE, maxLineNumLen, sf, spanFirstLine, spanLastLine, isMultiline);
            }
        }

        if (show != Display.NONE) {
            var offsets = new ArrayList<int[]>();
            int padding = maxLineNumLen + 3;
            for (SuggestionSplice.Part part : parts) {
                int spanStartPos = sf.loc(part.lo()).colDisplay();
                int spanEndPos = sf.loc(part.hi()).colDisplay();
                boolean whitespaceAddition = part.snippet().strip().isEmpty();
                int start = whitespaceAddition ? 0 : part.snippet().length() - part.snippet().stripLeading().length();
                int subLen = TerminalText.width(whitespaceAddition ? part.snippet() : part.snippet().strip());
                int offset = 0;
                for (int[] o : offsets) {
                    if (spanStartPos >= o[0]) {
                        offset += o[1];
                    }
                }
                int underlineStart = spanStartPos + start + offset;
                int underlineEnd = spanStartPos + start + subLen + offset;
                if (show == Display.UNDERLINE && part.isDifferent()) {
                    for (int p = underlineStart; p < underlineEnd; p++) {
                        buffer.putc(row[0], padding + p, part.isAddition() ? '+' : '~', Style.ADDITION);
                    }
                }
                if (show == Display.DIFF) {
                    String snippet = part.original();
                    List<String> removed = lines(snippet);
                    int newlines = removed.size();
                    if (newlines > 0 && row[0] > newlines) {
                        for (int i = 0; i < newlines; i++) {
                            String line = TerminalText.normalize(removed.get(i));
                            int r = Math.max(row[0] - 2 - (newlines - i - 1), 2);
                            int s = i == 0 ? padding + spanStartPos : padding;
                            int e = i == 0 ? padding + spanStartPos + line.length()
                                    : i == newlines - 1 ? padding + spanEndPos : padding + line.length();
                            buffer.setStyleRange(r, s, e, Style.REMOVAL, true);
                        }
                    } else {
                        buffer.setStyleRange(row[0] - 2, padding + spanStartPos, padding + spanEndPos,
                                Style.REMOVAL, true);
                    }
                }
                int fullSubLen = TerminalText.width(part.snippet());
                offsets.add(new int[] {spanEndPos, fullSubLen - (spanEndPos - spanStartPos)});
            }
            row[0]++;
        }

        if (completeLines.size() > pairs + 1) {
            buffer.puts(row[0], Math.max(0, maxLineNumLen - 3), "...", Style.LINE_NUMBER);
        } else {
            int r = show == Display.NONE ? row[0] : row[0] - 1;
            buffer.putc(r, maxLineNumLen + 1, '|', Style.LINE_NUMBER);
        }
        buffer.render(out, Style.Level.HELP, color, true);
    }

    private static void drawCodeLine(StyledBuffer buffer, int[] row, List<SuggestionSplice.Highlight> highlightParts,
            int lineNum, String lineToAdd, Display show, int maxLineNumLen, SourceView sf, int spanFirstLine, int spanLastLine,
            boolean isMultiline) {
        if (show == Display.DIFF) {
            for (int index = 0; index < spanLastLine - spanFirstLine; index++) {
                drawLineNum(buffer, lineNum + index, row[0] - 1, maxLineNumLen);
                buffer.puts(row[0] - 1, maxLineNumLen + 1, "- ", Style.REMOVAL);
                buffer.puts(row[0] - 1, maxLineNumLen + 3, TerminalText.normalize(sf.line(spanFirstLine + index)),
                        Style.NO_STYLE);
                row[0]++;
            }
            String lastLine = sf.line(spanLastLine);
            if (!lastLine.equals(lineToAdd)) {
                drawLineNum(buffer, lineNum + spanLastLine - spanFirstLine, row[0] - 1, maxLineNumLen);
                buffer.puts(row[0] - 1, maxLineNumLen + 1, "- ", Style.REMOVAL);
                buffer.puts(row[0] - 1, maxLineNumLen + 3, TerminalText.normalize(lastLine), Style.NO_STYLE);
                if (!lineToAdd.strip().isEmpty()) {
                    drawLineNum(buffer, lineNum, row[0], maxLineNumLen);
                    buffer.puts(row[0], maxLineNumLen + 1, "+ ", Style.ADDITION);
                    buffer.append(row[0], TerminalText.normalize(lineToAdd), Style.NO_STYLE);
                } else {
                    row[0]--;
                }
            } else {
                row[0] -= 2;
            }
        } else if (isMultiline) {
            drawLineNum(buffer, lineNum, row[0], maxLineNumLen);
            int addLen = lineToAdd.length();
            if (highlightParts.size() == 1 && highlightParts.getFirst().start() == 0
                    && highlightParts.getFirst().end() == addLen) {
                buffer.puts(row[0], maxLineNumLen + 1, "+ ", Style.ADDITION);
            } else if (highlightParts.isEmpty() || (highlightParts.size() == 1
                    && highlightParts.getFirst().start() == 0 && highlightParts.getFirst().end() == 0)) {
                buffer.putc(row[0], maxLineNumLen + 1, '|', Style.LINE_NUMBER);
            } else {
                buffer.puts(row[0], maxLineNumLen + 1, "~ ", Style.ADDITION);
            }
            buffer.puts(row[0], maxLineNumLen + 3, TerminalText.normalize(lineToAdd), Style.NO_STYLE);
        } else if (show == Display.ADD) {
            drawLineNum(buffer, lineNum, row[0], maxLineNumLen);
            buffer.puts(row[0], maxLineNumLen + 1, "+ ", Style.ADDITION);
            buffer.append(row[0], TerminalText.normalize(lineToAdd), Style.NO_STYLE);
        } else if (highlightParts.isEmpty()) {
            // An unchanged context line (the item after a suggested attribute): plain gutter.
            drawLineNum(buffer, lineNum, row[0], maxLineNumLen);
            buffer.putc(row[0], maxLineNumLen + 1, '|', Style.LINE_NUMBER);
            buffer.puts(row[0], maxLineNumLen + 3, TerminalText.normalize(lineToAdd), Style.NO_STYLE);
        } else {
            drawLineNum(buffer, lineNum, row[0], maxLineNumLen);
            buffer.puts(row[0], maxLineNumLen + 1, "| ", Style.LINE_NUMBER);
            buffer.append(row[0], TerminalText.normalize(lineToAdd), Style.NO_STYLE);
        }
        int[] cps = lineToAdd.codePoints().toArray();
        for (SuggestionSplice.Highlight h : highlightParts) {
            if (h.start() != h.end()) {
                int tabs = 0;
                for (int i = 0; i < h.start() && i < cps.length; i++) {
                    if (cps[i] == '\t') {
                        tabs += 3;
                    }
                }
                buffer.setStyleRange(row[0], maxLineNumLen + 3 + h.start() + tabs,
                        maxLineNumLen + 3 + h.end() + tabs, Style.ADDITION, true);
            }
        }
        row[0]++;
    }
}
