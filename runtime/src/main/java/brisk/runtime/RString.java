package brisk.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Rust {@code String}: a growable UTF-8 byte buffer. {@link #asStr()} borrows it as a
 * {@link RStr} sharing the buffer (no copy). It is also the sink of {@code format!} and
 * {@code write!} ({@link FmtWrite}). See {@link RStr} for why brisk uses UTF-8 bytes.
 */
public final class RString implements FmtWrite, Utf8Text, Comparable<RString> {
    private static final byte[] NONE = new byte[0];
    private byte[] buf;
    private int len;

    public RString() {
        this.buf = NONE;
    }

    /** {@code String::with_capacity}; beyond what a JVM array holds it panics like an overflowing RawVec. */
    public static RString withCapacity(long capacity) {
        RString s = new RString();
        s.buf = capacity == 0 ? NONE : new byte[checkedCapacity(capacity)];
        return s;
    }

    /** A capacity as an array length, or std's "capacity overflow" panic. */
    static int checkedCapacity(long capacity) {
        if (Long.compareUnsigned(capacity, Integer.MAX_VALUE - 8) > 0) {
            throw Panic.panic("capacity overflow", StdLocations.RAW_VEC_CAPACITY);
        }
        return (int) capacity;
    }

    public static RString from(String s) {
        RString r = new RString();
        r.buf = s.getBytes(StandardCharsets.UTF_8);
        r.len = r.buf.length;
        return r;
    }

    public static RString from(RStr s) {
        RString r = new RString();
        r.buf = Arrays.copyOfRange(s.bytes, s.offset, s.offset + s.length);
        r.len = r.buf.length;
        return r;
    }

    /** Takes ownership of bytes known to be valid UTF-8. */
    public static RString fromUtf8Unchecked(byte[] b, int len) {
        RString r = new RString();
        r.buf = b;
        r.len = len;
        return r;
    }

    @Override
    public byte[] bytes() {
        return buf;
    }

    @Override
    public int offset() {
        return 0;
    }

    @Override
    public int byteLength() {
        return len;
    }

    public long len() {
        return len;
    }

    public boolean isEmpty() {
        return len == 0;
    }

    public long capacity() {
        return buf.length;
    }

    /** {@code &*s}: a view of the current contents, valid until the next mutation. */
    public RStr asStr() {
        return new RStr(buf, 0, len);
    }

    private void reserveFor(int extra) {
        int need = len + extra;
        if (need > buf.length) {
            // Rust's RawVec doubles with a minimum non-zero capacity of 8 for bytes.
            buf = Arrays.copyOf(buf, Math.max(need, Math.max(8, buf.length * 2)));
        }
    }

    public void reserve(long additional) {
        reserveFor((int) additional);
    }

    /** {@code String::push}. */
    public void push(int cp) {
        reserveFor(4);
        len += Utf8.encode(cp, buf, len);
    }

    public void pushStr(RStr s) {
        pushBytes(s.bytes, s.offset, s.length);
    }

    public void pushStr(RString s) {
        pushBytes(s.buf, 0, s.len);
    }

    public void pushStr(String s) {
        writeStr(s);
    }

    /** Appends bytes that form valid UTF-8. */
    public void pushBytes(byte[] b, int off, int n) {
        reserveFor(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    @Override
    public void writeUtf8(byte[] b, int off, int n) {
        pushBytes(b, off, n);
    }

    @Override
    public void writeChar(int cp) {
        push(cp);
    }

    @Override
    public void writeStr(String s) {
        int n = s.length();
        reserveFor(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (len == buf.length) {
                    reserveFor(1); // a surrogate pair used 4 bytes for 2 reserved units
                }
                buf[len++] = (byte) c;
            } else {
                int cp = s.codePointAt(i);
                if (Character.charCount(cp) == 2) {
                    i++;
                }
                push(cp);
            }
        }
    }

    public void clear() {
        len = 0;
    }

    /** {@code String::truncate}: no-op when {@code newLen >= len}. */
    public void truncate(long newLen, String loc) {
        if (newLen < len) {
            if (newLen < 0 || !asStr().isCharBoundary(newLen)) {
                throw Panic.panic("assertion failed: self.is_char_boundary(new_len)", loc);
            }
            len = (int) newLen;
        }
    }

    /** {@code String::pop}: the last char, or -1 for {@code None}. */
    public int pop() {
        if (len == 0) {
            return -1;
        }
        int i = len - 1;
        while (!Utf8.isCharStart(buf[i])) {
            i--;
        }
        int cp = Utf8.decode(buf, i);
        len = i;
        return cp;
    }

    /** {@code String::insert}. */
    public void insert(long idx, int cp, String loc) {
        if (!asStr().isCharBoundary(idx)) {
            throw Panic.panic("assertion failed: self.is_char_boundary(idx)", loc);
        }
        int w = Utf8.lenUtf8(cp);
        reserveFor(w);
        int at = (int) idx;
        System.arraycopy(buf, at, buf, at + w, len - at);
        Utf8.encode(cp, buf, at);
        len += w;
    }

    /** {@code String::insert_str}. */
    public void insertStr(long idx, RStr s, String loc) {
        if (!asStr().isCharBoundary(idx)) {
            throw Panic.panic("assertion failed: self.is_char_boundary(idx)", loc);
        }
        byte[] src = Arrays.copyOfRange(s.bytes, s.offset, s.offset + s.length);
        reserveFor(src.length);
        int at = (int) idx;
        System.arraycopy(buf, at, buf, at + src.length, len - at);
        System.arraycopy(src, 0, buf, at, src.length);
        len += src.length;
    }

    /** {@code String::remove}: panics like {@code &self[idx..]}, then at the end of the string. */
    public int remove(long idx, String loc) {
        RStr rest = asStr().sliceFrom(idx, loc);
        if (rest.length == 0) {
            throw Panic.panic("cannot remove a char from the end of a string", loc);
        }
        int at = (int) idx;
        int cp = Utf8.decode(buf, at);
        int w = Utf8.lenUtf8(cp);
        System.arraycopy(buf, at + w, buf, at, len - at - w);
        len -= w;
        return cp;
    }

    /** {@code s.clone()}. */
    public RString copy() {
        return fromUtf8Unchecked(Arrays.copyOf(buf, len), len);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Text other && Utf8Text.contentEquals(this, other);
    }

    @Override
    public int hashCode() {
        return Utf8Text.contentHash(this);
    }

    @Override
    public int compareTo(RString o) {
        return Utf8Text.compare(this, o);
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
}
