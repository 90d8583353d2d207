package brisk.lower;

import brisk.db.QueryContext;
import brisk.items.ItemLoc;
import brisk.items.ItemQueries;
import brisk.project.ProjectInputs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a fn body sits in its file, enough to print rustc's {@code file:line:col} panic locations
 * for any offset inside it: the line and column of the body start and the body's own UTF-8 bytes.
 * Equal (so backdated) unless the body itself or the text above it changed, so an edit does not
 * make every fn of the file lower again.
 */
record BodyLines(String file, int firstLine, int firstColumn, byte[] body) {
    static BodyLines compute(QueryContext ctx, ItemLoc fn) {
        var map = ctx.get(ItemQueries.ITEM_SOURCE_MAP, fn.file());
        String file = ctx.input(ProjectInputs.SOURCE_FILES, brisk.db.Unit.INSTANCE).path(fn.file());
        String all = ctx.input(ProjectInputs.FILE_TEXT, fn.file());
        byte[] bytes = all.getBytes(StandardCharsets.UTF_8);
        var body = map.body(fn.index());
        int start = map.bodyStart(fn.index());
        int end = Math.min(bytes.length, body == null ? start : start + body.textRange().length());
        var index = brisk.diagnostics.LineIndex.of(all);
        return new BodyLines(file, index.line(start), index.column(start), Arrays.copyOfRange(bytes, start, end));
    }

    /** {@code file:line:col} of a body-relative byte offset (columns count chars, as rustc's do). */
    String location(int offset) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset && i < body.length; i++) {
            if (body[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int chars = 0;
        for (int i = lineStart; i < offset && i < body.length; i++) {
            if ((body[i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        int column = line == firstLine ? firstColumn + chars : chars + 1;
        return file + ":" + line + ":" + column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyLines b && file.equals(b.file) && firstLine == b.firstLine && firstColumn == b.firstColumn
                && Arrays.equals(body, b.body);
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + firstLine) * 31 + Arrays.hashCode(body);
    }
}
