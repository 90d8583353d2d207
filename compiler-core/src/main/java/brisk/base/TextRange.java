package brisk.base;

/** A half-open byte range {@code [start, end)} into a UTF-8 source text (Rust spans are byte offsets). */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public static TextRange at(int offset) {
        return new TextRange(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean containsRange(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    /** This range moved by {@code delta} bytes: used to turn item-relative spans into file spans. */
    public TextRange shift(int delta) {
        return new TextRange(start + delta, end + delta);
    }

    public TextRange cover(TextRange other) {
        return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
    }
}
