package brisk.runtime;

/**
 * core's {@code PadAdapter}: indents every line written through it by four spaces, which is how
 * {@code {:#?}} nests. The on-newline state lives in the adapter and persists across writes
 * (a map entry's key and value are written through the same adapter).
 */
final class PadAdapter implements FmtWrite {
    private final FmtWrite inner;
    private boolean onNewline = true;

    PadAdapter(FmtWrite inner) {
        this.inner = inner;
    }

    @Override
    public void writeUtf8(byte[] b, int off, int len) {
        int end = off + len;
        int start = off;
        while (start < end) {
            int lineEnd = start;
            while (lineEnd < end && b[lineEnd] != '\n') {
                lineEnd++;
            }
            if (lineEnd < end) {
                lineEnd++; // split_inclusive keeps the newline with its line
            }
            if (onNewline) {
                inner.writeStr("    ");
            }
            onNewline = b[lineEnd - 1] == '\n';
            inner.writeUtf8(b, start, lineEnd - start);
            start = lineEnd;
        }
    }

    @Override
    public void writeChar(int cp) {
        if (onNewline) {
            inner.writeStr("    ");
        }
        onNewline = cp == '\n';
        inner.writeChar(cp);
    }

    @Override
    public void writeStr(String s) {
        int start = 0;
        int n = s.length();
        while (start < n) {
            int nl = s.indexOf('\n', start);
            int lineEnd = nl < 0 ? n : nl + 1;
            if (onNewline) {
                inner.writeStr("    ");
            }
            onNewline = s.charAt(lineEnd - 1) == '\n';
            inner.writeStr(start == 0 && lineEnd == n ? s : s.substring(start, lineEnd));
            start = lineEnd;
        }
    }
}
