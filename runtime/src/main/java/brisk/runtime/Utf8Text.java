package brisk.runtime;

import java.util.Arrays;

/**
 * UTF-8 text in a byte-array window: the common view of {@link RStr} and {@link RString} so both
 * compare, hash and order by content identically (Rust's {@code str} {@code Eq}/{@code Ord}:
 * byte-wise lexicographic, which equals code point order for valid UTF-8).
 */
public interface Utf8Text {
    byte[] bytes();

    int offset();

    int byteLength();

    static boolean contentEquals(Utf8Text a, Utf8Text b) {
        return Arrays.equals(a.bytes(), a.offset(), a.offset() + a.byteLength(),
                b.bytes(), b.offset(), b.offset() + b.byteLength());
    }

    static int contentHash(Utf8Text a) {
        int h = 1;
        byte[] b = a.bytes();
        for (int i = a.offset(), end = i + a.byteLength(); i < end; i++) {
            h = 31 * h + b[i];
        }
        return h;
    }

    static int compare(Utf8Text a, Utf8Text b) {
        return Arrays.compareUnsigned(a.bytes(), a.offset(), a.offset() + a.byteLength(),
                b.bytes(), b.offset(), b.offset() + b.byteLength());
    }
}
