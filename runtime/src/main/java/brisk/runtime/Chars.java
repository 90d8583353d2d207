package brisk.runtime;

/**
 * {@code str::chars()} / {@code char_indices()}: a double-ended iterator over the code points of
 * a UTF-8 window. {@link #next()} and {@link #nextBack()} return -1 for {@code None} (no valid
 * char is negative). {@link #offset()} is the byte index, relative to the string start, of the
 * char the last {@link #next()} returned.
 */
public final class Chars {
    private final byte[] bytes;
    private final int base;
    private int front;
    private int back;
    private int lastOffset;

    Chars(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.base = from;
        this.front = from;
        this.back = to;
    }

    public boolean hasNext() {
        return front < back;
    }

    public int next() {
        if (front >= back) {
            return -1;
        }
        int cp = Utf8.decode(bytes, front);
        lastOffset = front - base;
        front += Utf8.lenUtf8(cp);
        return cp;
    }

    public int nextBack() {
        if (front >= back) {
            return -1;
        }
        int i = back - 1;
        while (!Utf8.isCharStart(bytes[i])) {
            i--;
        }
        back = i;
        lastOffset = i - base;
        return Utf8.decode(bytes, i);
    }

    /** Byte offset of the char most recently returned (for {@code char_indices}). */
    public long offset() {
        return lastOffset;
    }

    /** The not yet consumed rest ({@code Chars::as_str}). */
    public RStr asStr() {
        return new RStr(bytes, front, back - front);
    }

    /** Rust's {@code char::is_whitespace}: the Unicode White_Space property. */
    public static boolean isWhitespace(int c) {
        return switch (c) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F,
                 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }
}
