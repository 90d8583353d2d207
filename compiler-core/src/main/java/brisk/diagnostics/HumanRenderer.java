package brisk.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * rustc's human-readable diagnostic format ({@code --error-format=human}), byte for byte: a port
 * of rustc 1.95's {@code HumanEmitter} with the ASCII theme. Optionally with the ANSI colours
 * rustc prints on a terminal ({@code --color=always}).
 *
 * <p>Rendering a diagnostic yields its header, its snippet, its children, its suggestions and the
 * blank line rustc prints after every diagnostic. Source lines are never trimmed unless they are
 * wider than {@code diagnosticWidth} (rustc's {@code --diagnostic-width}; 140 when stderr is not a
 * terminal).
 */
public final class HumanRenderer {
    /** rustc's width when it cannot ask the terminal (output piped, as under cargo). */
    public static final int DEFAULT_DIAGNOSTIC_WIDTH = 140;

    private final SourceLookup sources;
    private final boolean color;
    private final int diagnosticWidth;

    public HumanRenderer(SourceLookup sources) {
        this(sources, false, DEFAULT_DIAGNOSTIC_WIDTH);
    }

    public HumanRenderer(SourceLookup sources, boolean color) {
        this(sources, color, DEFAULT_DIAGNOSTIC_WIDTH);
    }

    public HumanRenderer(SourceLookup sources, boolean color, int diagnosticWidth) {
        this.sources = sources;
        this.color = color;
        this.diagnosticWidth = diagnosticWidth;
    }

    /** The whole rendering of {@code diagnostic}, ending with rustc's blank line. */
    public String render(Diagnostic diagnostic) {
        var out = new StringBuilder();
        render(diagnostic, out);
        return out.toString();
    }

    public void render(Diagnostic d, StringBuilder out) {
        var views = new SourceViews(sources);
        Style.Level level = Style.Level.of(d.severity());
        var children = new ArrayList<SubDiagnostic>();
        var suggestions = new ArrayList<SubDiagnostic>();
        for (SubDiagnostic c : d.children()) {
            (c.isSuggestion() ? suggestions : children).add(c);
        }
        MultiSpan main = MultiSpan.of(d.primary(), d.primaryLabel(), d.secondary());
        String inline = inlineSuggestionLabel(suggestions, views);
        if (inline != null) {
            main = main.withLabel(suggestions.getFirst().suggestion().parts().getFirst().span(), inline);
            suggestions.clear();
        }
        int maxLine = maxLineNum(main, views);
        for (SubDiagnostic c : children) {
            maxLine = Math.max(maxLine, maxLineNum(childSpan(c), views));
        }
        for (SubDiagnostic s : suggestions) {
            if (s.suggestion().style() != SuggestionStyle.COMPLETELY_HIDDEN
                    && s.suggestion().style() != SuggestionStyle.HIDE_CODE_ALWAYS) {
                maxLine = Math.max(maxLine, lastSuggestionLine(s.suggestion(), views));
            }
        }
        int maxLineNumLen = Integer.toString(maxLine).length();
        boolean anyVisibleSuggestion = suggestions.stream()
                .anyMatch(s -> s.suggestion().style() != SuggestionStyle.COMPLETELY_HIDDEN);

        String code = d.code() != null && isErrorCode(d.code()) ? d.code() : null;
        emitInner(out, views, main, d.message(), code, level, maxLineNumLen, false);
        if (!children.isEmpty() || anyVisibleSuggestion) {
            var buffer = new StyledBuffer();
            // Either continue the gutter into a `= note:` or close the code window.
            buffer.putc(0, maxLineNumLen + 1, '|', Style.LINE_NUMBER);
            buffer.render(out, level, color, true);
        }
        for (SubDiagnostic child : children) {
            emitInner(out, views, childSpan(child), child.message(), null, Style.Level.of(child.severity()),
                    maxLineNumLen, true);
        }
        for (SubDiagnostic s : suggestions) {
            switch (s.suggestion().style()) {
                case COMPLETELY_HIDDEN -> { }
                case HIDE_CODE_ALWAYS -> emitInner(out, views, MultiSpan.EMPTY, s.message(), null, Style.Level.HELP,
                        maxLineNumLen, true);
                default -> new SuggestionRenderer(views, color)
                        .emit(out, d.primary(), s.message(), s.suggestion(), maxLineNumLen);
            }
        }
        out.append('\n');
    }

    /**
     * rustc's {@code --error-format=short} (cargo's {@code --message-format=short}): one line,
     * {@code path:line:col: level[code]: message: primary labels}, without snippet or children.
     */
    public String renderShort(Diagnostic diagnostic) {
        var out = new StringBuilder();
        renderShort(diagnostic, out);
        return out.toString();
    }

    public void renderShort(Diagnostic d, StringBuilder out) {
        var views = new SourceViews(sources);
        Style.Level level = Style.Level.of(d.severity());
        var suggestions = d.children().stream().filter(SubDiagnostic::isSuggestion).toList();
        MultiSpan msp = MultiSpan.of(d.primary(), d.primaryLabel(), d.secondary());
        String inline = inlineSuggestionLabel(suggestions, views);
        if (inline != null) {
            msp = msp.withLabel(suggestions.getFirst().suggestion().parts().getFirst().span(), inline);
        }
        var buffer = new StyledBuffer();
        buffer.append(0, level.word, level.style);
        if (d.code() != null && isErrorCode(d.code())) {
            buffer.append(0, "[" + d.code() + "]", level.style);
        }
        buffer.append(0, ": " + TerminalText.normalize(d.message()), Style.NO_STYLE);
        var labels = new ArrayList<String>();
        for (SpanLabel l : msp.spanLabels()) {
            if (l.primary() && l.label() != null && !l.label().isBlank()) {
                labels.add(l.label());
            }
        }
        if (!labels.isEmpty()) {
            buffer.append(0, ": " + String.join(", ", labels), Style.NO_STYLE);
        }
        if (msp.primary() != null) {
            SourceView source = views.of(msp.primary().file());
            SourceView.Loc lo = source.loc(msp.primary().range().start());
            buffer.prepend(0, source.path + ":" + lo.line() + ":" + (lo.col() + 1) + ": ", Style.LINE_AND_COLUMN);
        }
        buffer.render(out, level, color, true);
    }

    /**
     * A bare message in bold with no level word and no blank line after it, like rustc's
     * {@code failure-note}s ({@code For more information about this error, ...}).
     */
    void renderFailureNote(String message, StringBuilder out) {
        var buffer = new StyledBuffer();
        writeHeader(buffer, message, null, Style.Level.FAILURE_NOTE, false);
        buffer.render(out, Style.Level.FAILURE_NOTE, color, false);
        out.append('\n');
    }

    /** Lint names ({@code unused_variables}) are not printed in the header; error codes are. */
    static boolean isErrorCode(String code) {
        if (code.length() < 2 || code.charAt(0) != 'E') {
            return false;
        }
        for (int i = 1; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static MultiSpan childSpan(SubDiagnostic c) {
        return c.span() == null && c.labels().isEmpty()
                ? MultiSpan.EMPTY
                : MultiSpan.of(c.span(), c.spanLabel(), c.labels());
    }

    /**
     * rustc's {@code primary_span_formatted}: a lone, single-part, short, single-line suggestion
     * becomes a label on the main snippet ({@code help: msg: `code`}) instead of its own block.
     */
    private static String inlineSuggestionLabel(List<SubDiagnostic> suggestions, SourceViews views) {
        if (suggestions.size() != 1) {
            return null;
        }
        SubDiagnostic s = suggestions.getFirst();
        Suggestion sugg = s.suggestion();
        if (sugg.parts().size() != 1 || wordCount(s.message()) >= 10) {
            return null;
        }
        SuggestionPart part = sugg.parts().getFirst();
        if (part.replacement().contains("\n")) {
            return null;
        }
        switch (sugg.style()) {
            case HIDE_CODE_ALWAYS, COMPLETELY_HIDDEN, SHOW_ALWAYS -> {
                return null;
            }
            default -> { }
        }
        String snippet = part.replacement().strip();
        if (snippet.isEmpty() || sugg.style() == SuggestionStyle.HIDE_CODE_INLINE) {
            return "help: " + s.message();
        }
        SourceView view = views.of(part.span().file());
        String original = view.snippet(part.span().range().start(), part.span().range().end());
        return "help: " + s.message() + Confusion.of(original, snippet).labelText() + ": `" + snippet + "`";
    }

    private static int wordCount(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !inWord) {
                count++;
            }
            inWord = !ws;
        }
        return count;
    }

    /** The last line number a shown suggestion can print: its end line plus the lines it adds. */
    private static int lastSuggestionLine(Suggestion suggestion, SourceViews views) {
        int max = 0;
        for (SuggestionPart part : suggestion.parts()) {
            int endLine = views.of(part.span().file()).index.line(part.span().range().end());
            int addedLines = (int) part.replacement().lines().count();
            max = Math.max(max, endLine + Math.max(0, addedLines - 1));
        }
        return max;
    }

    private static int maxLineNum(MultiSpan msp, SourceViews views) {
        int max = 0;
        // Like rustc, only spans whose source is shown widen the gutter.
        for (Span p : msp.primarySpans()) {
            SourceView view = views.of(p.file());
            if (view.shown) {
                max = Math.max(max, view.index.line(p.range().end()));
            }
        }
        for (SpanLabel l : msp.spanLabels()) {
            SourceView view = views.of(l.span().file());
            if (view.shown) {
                max = Math.max(max, view.index.line(l.span().range().end()));
            }
        }
        return max;
    }

    /** rustc's {@code emit_messages_default_inner}: header (or {@code = note:}) plus snippets. */
    private void emitInner(StringBuilder out, SourceViews views, MultiSpan msp, String message, String code,
            Style.Level level, int maxLineNumLen, boolean isSecondary) {
        var buffer = new StyledBuffer();
        if (msp.isEmpty() && isSecondary) {
            buffer.prepend(0, " ".repeat(maxLineNumLen), Style.NO_STYLE);
            buffer.puts(0, maxLineNumLen + 1, "= ", Style.LINE_NUMBER);
            if (level != Style.Level.FAILURE_NOTE) {
                buffer.append(0, level.word, Style.MAIN_HEADER_MSG);
                buffer.append(0, ": ", Style.NO_STYLE);
            }
            messageToBuffer(buffer, message, maxLineNumLen, "note", Style.NO_STYLE);
        } else {
            writeHeader(buffer, message, code, level, isSecondary);
        }
        if (msp.primary() == null) {
            buffer.render(out, level, color, true);
            return;
        }
        List<AnnotatedFile> files = AnnotatedFile.collect(msp, views);
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).source.file.equals(msp.primary().file())) {
                var primaryFile = files.remove(i);
                files.addFirst(primaryFile);
                break;
            }
        }
        SourceView primarySource = views.of(msp.primary().file());
        SourceView.Loc primaryLo = primarySource.loc(msp.primary().range().start());
        boolean separatorBeforeHiddenSource = false;
        for (AnnotatedFile annotated : files) {
            if (!annotated.source.shown) {
                if (separatorBeforeHiddenSource) {
                    buffer.putc(buffer.numLines(), maxLineNumLen + 1, '|', Style.LINE_NUMBER);
                }
                separatorBeforeHiddenSource = false;
                FileSnippetRenderer.renderHiddenSource(buffer, annotated, maxLineNumLen);
                continue;
            }
            separatorBeforeHiddenSource = true;
            if (annotated.source.file.equals(msp.primary().file())) {
                int row = buffer.numLines();
                buffer.prepend(row, "--> ", Style.LINE_NUMBER);
                buffer.append(row, primarySource.path + ":" + primaryLo.line() + ":" + (primaryLo.col() + 1),
                        Style.LINE_AND_COLUMN);
                buffer.prepend(row, " ".repeat(maxLineNumLen), Style.NO_STYLE);
            } else {
                int row = buffer.numLines();
                buffer.putc(row, maxLineNumLen + 1, '|', Style.LINE_NUMBER);
                buffer.prepend(row + 1, "::: ", Style.LINE_NUMBER);
                AnnotatedFile.Line first = annotated.lines.getFirst();
                String loc = annotated.source.path + ":" + first.lineIndex()
                        + (first.annotations().isEmpty() ? "" : ":" + (first.annotations().getFirst().start().file() + 1));
                buffer.append(row + 1, loc, Style.LINE_AND_COLUMN);
                buffer.prepend(row + 1, " ".repeat(maxLineNumLen), Style.NO_STYLE);
            }
            buffer.putc(buffer.numLines(), maxLineNumLen + 1, '|', Style.LINE_NUMBER);
            new FileSnippetRenderer(diagnosticWidth).render(buffer, annotated, maxLineNumLen);
        }
        buffer.render(out, level, color, true);
    }

    private void writeHeader(StyledBuffer buffer, String message, String code, Style.Level level, boolean isSecondary) {
        int labelWidth = 0;
        if (level != Style.Level.FAILURE_NOTE) {
            buffer.append(0, level.word, level.style);
            labelWidth += level.word.length();
        }
        if (code != null) {
            buffer.append(0, "[" + code + "]", level.style);
            labelWidth += 2 + code.length();
        }
        Style headerStyle = isSecondary ? Style.HEADER_MSG : Style.MAIN_HEADER_MSG;
        if (level != Style.Level.FAILURE_NOTE) {
            buffer.append(0, ": ", headerStyle);
            labelWidth += 2;
        }
        String[] lines = TerminalText.normalize(message).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            buffer.append(i, (i == 0 ? "" : " ".repeat(labelWidth)) + lines[i], headerStyle);
        }
    }

    /** rustc's {@code msgs_to_buffer}: continuation lines are indented under the first. */
    static void messageToBuffer(StyledBuffer buffer, String message, int padding, String label, Style style) {
        String pad = " ".repeat(padding + label.length() + 5);
        String[] lines = TerminalText.normalize(message).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i != 0) {
                buffer.append(i, pad, Style.NO_STYLE);
            }
            buffer.append(i, lines[i], style);
        }
    }
}
