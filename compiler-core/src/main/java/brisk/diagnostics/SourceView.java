package brisk.diagnostics;

import brisk.base.FileId;

/** One file as the renderers see it: rustc's {@code SourceFile} plus {@code lookup_char_pos}. */
final class SourceView {
    final FileId file;
    final String path;
    final LineIndex index;
    /** Whether rustc would show this file's lines; if not, {@link #line} reports none (rustc's {@code get_line}). */
    final boolean shown;

    /** rustc's {@code Loc}: 1-based line, 0-based character column, 0-based display column. */
    record Loc(int line, int col, int colDisplay) {}

    SourceView(SourceLookup sources, FileId file) {
        this.file = file;
        this.path = sources.path(file);
        this.index = sources.lineIndex(file);
        this.shown = sources.showSource(file);
    }

    /** The text of 1-based {@code line}, or null past the end of the file or when the source is not shown. */
    String line(int line) {
        return shown && line >= 1 && line <= index.lineCount() ? index.lineText(line) : null;
    }

    Loc loc(int offset) {
        int line = index.line(offset);
        int col = index.charIndexInLine(offset);
        String text = index.lineText(line);
        int display = 0;
        int chars = 0;
        for (int i = 0; i < text.length() && chars < col; chars++) {
            int cp = text.codePointAt(i);
            display += TerminalText.width(cp);
            i += Character.charCount(cp);
        }
        return new Loc(line, col, display);
    }

    String snippet(int start, int end) {
        return index.slice(start, end);
    }
}
