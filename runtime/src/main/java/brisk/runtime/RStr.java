package brisk.runtime;

import java.nio.charset.StandardCharsets;

/**
 * A Rust {@code &str}: an immutable view {@code [offset, offset+length)} of a UTF-8 byte array.
 *
 * <p>Why UTF-8 bytes and not {@link String}: Rust semantics are defined on bytes — {@code len()}
 * is the byte length, slicing takes byte indices and panics off char boundaries, ordering is
 * byte-wise lexicographic. Keeping the bytes makes those O(1) and exact, and printing needs no
 * re-encoding. Views share the backing array with the {@link RString} or literal they borrow
 * from; Rust's borrow rules guarantee the bytes do not change while a view exists. All
 * {@code usize} arguments and results are {@code long} per brisk's JVM representation.
 * Equality, hashing and ordering are by content and agree with {@link RString}.
 */
public final class RStr implements Comparable<RStr>, Utf8Text {
    public static final RStr EMPTY = new RStr(new byte[0], 0, 0);

    final byte[] bytes;
    final int offset;
    final int length;

    RStr(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** A string literal or any Java string, encoded as UTF-8. */
    public static RStr of(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return new RStr(b, 0, b.length);
    }

    /** Wraps bytes known to be valid UTF-8 (no copy, no check). */
    public static RStr fromUtf8Unchecked(byte[] b, int off, int len) {
        return new RStr(b, off, len);
    }

    @Override
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public int offset() {
        return offset;
    }

    @Override
    public int byteLength() {
        return length;
    }

    /** {@code str::len}: length in bytes. */
    public long len() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** {@code str::is_char_boundary}. */
    public boolean isCharBoundary(long index) {
        if (index == 0 || index == length) {
            return true;
        }
        return index > 0 && index < length && Utf8.isCharStart(bytes[offset + (int) index]);
    }

    /** {@code &s[start..end]} with rustc's exact panics. */
    public RStr slice(long start, long end, String loc) {
        if (start < 0 || end < 0 || start > end || end > length
                || !isCharBoundary(start) || !isCharBoundary(end)) {
            throw sliceError(start, end, loc);
        }
        return new RStr(bytes, offset + (int) start, (int) (end - start));
    }

    /**
     * {@code &s[start..=end]}: an end at or past the length is reported as itself (not {@code end + 1}),
     * after a start past the length; other failures are those of {@code start..end + 1}.
     */
    public RStr sliceInclusive(long start, long endInclusive, String loc) {
        if (endInclusive == -1L || Long.compareUnsigned(endInclusive, length) >= 0) {
            boolean startBad = Long.compareUnsigned(start, length) > 0;
            int truncLen = floorCharBoundary(256);
            String sTrunc = new String(bytes, offset, truncLen, StandardCharsets.UTF_8);
            throw Panic.panic((startBad ? "start" : "end") + " byte index "
                    + Long.toUnsignedString(startBad ? start : endInclusive) + " is out of bounds of `" + sTrunc + "`"
                    + (truncLen < length ? "[...]" : ""), loc);
        }
        return slice(start, endInclusive + 1, loc);
    }

    /** {@code &s[start..]}. */
    public RStr sliceFrom(long start, String loc) {
        return slice(start, length, loc);
    }

    /** {@code &s[..end]}. */
    public RStr sliceTo(long end, String loc) {
        return slice(0, end, loc);
    }

    /** Port of core's {@code slice_error_fail_rt} (indices are unsigned in Rust). */
    private Panic sliceError(long begin, long end, String loc) {
        int truncLen = floorCharBoundary(256);
        String sTrunc = new String(bytes, offset, truncLen, StandardCharsets.UTF_8);
        String ellipsis = truncLen < length ? "[...]" : "";
        String b = Long.toUnsignedString(begin);
        String e = Long.toUnsignedString(end);
        if (Long.compareUnsigned(begin, length) > 0) {
            return Panic.panic("start byte index " + b + " is out of bounds of `" + sTrunc + "`" + ellipsis, loc);
        }
        if (Long.compareUnsigned(end, length) > 0) {
            return Panic.panic("end byte index " + e + " is out of bounds of `" + sTrunc + "`" + ellipsis, loc);
        }
        if (begin > end) {
            return Panic.panic("begin > end (" + b + " > " + e + ") when slicing `" + sTrunc + "`" + ellipsis, loc);
        }
        boolean startBad = !isCharBoundary(begin);
        long at = startBad ? begin : end;
        int floor = floorCharBoundary((int) at);
        int ceil = floor + Utf8.widthOf(bytes[offset + floor]);
        String ch = Fmt.charDebugString(Utf8.decode(bytes, offset + floor));
        return Panic.panic((startBad ? "start" : "end") + " byte index " + at
                + " is not a char boundary; it is inside " + ch + " (bytes " + floor + ".." + ceil
                + ") of `" + sTrunc + "`" + ellipsis, loc);
    }

    /** {@code str::floor_char_boundary}. */
    public int floorCharBoundary(int index) {
        if (index >= length) {
            return length;
        }
        int i = index;
        while (i > 0 && !Utf8.isCharStart(bytes[offset + i])) {
            i--;
        }
        return i;
    }

    /** Number of chars ({@code s.chars().count()}). */
    public long charCount() {
        return Utf8.charCount(bytes, offset, length);
    }

    /** {@code s.chars()} (also {@code char_indices} via {@link Chars#offset()}). */
    public Chars chars() {
        return new Chars(bytes, offset, offset + length);
    }

    /** {@code s.as_bytes()[i]} without bounds panics (caller checked). */
    public int byteAt(long i) {
        return bytes[offset + (int) i] & 0xFF;
    }

    public boolean startsWith(RStr p) {
        return p.length <= length && regionEquals(offset, p);
    }

    public boolean endsWith(RStr p) {
        return p.length <= length && regionEquals(offset + length - p.length, p);
    }

    /** {@code s.find(p)}: byte index of the first match, or -1 for {@code None}. */
    public long find(RStr p) {
        for (int i = 0; i + p.length <= length; i++) {
            if (regionEquals(offset + i, p)) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(RStr p) {
        return find(p) >= 0;
    }

    private boolean regionEquals(int at, RStr p) {
        return java.util.Arrays.equals(bytes, at, at + p.length, p.bytes, p.offset, p.offset + p.length);
    }

    /** {@code str::trim}: strips Unicode White_Space from both ends. */
    public RStr trim() {
        return trimEnd().trimStart();
    }

    public RStr trimStart() {
        int i = 0;
        while (i < length) {
            int cp = Utf8.decode(bytes, offset + i);
            if (!Chars.isWhitespace(cp)) {
                break;
            }
            i += Utf8.lenUtf8(cp);
        }
        return new RStr(bytes, offset + i, length - i);
    }

    public RStr trimEnd() {
        int end = length;
        while (end > 0) {
            int start = floorCharBoundary(end - 1);
            if (!Chars.isWhitespace(Utf8.decode(bytes, offset + start))) {
                break;
            }
            end = start;
        }
        return new RStr(bytes, offset, end);
    }

    /** {@code s.get(start..end)}: null ({@code None}) when out of range or off a char boundary. */
    public RStr get(long start, long end) {
        if (start < 0 || end < 0 || start > end || end > length || !isCharBoundary(start) || !isCharBoundary(end)) {
            return null;
        }
        return new RStr(bytes, offset + (int) start, (int) (end - start));
    }

    /** {@code s.strip_prefix(p)}: the rest, or null for {@code None}. */
    public RStr stripPrefix(RStr p) {
        return startsWith(p) ? new RStr(bytes, offset + p.length, length - p.length) : null;
    }

    /** {@code s.strip_suffix(p)}: the rest, or null for {@code None}. */
    public RStr stripSuffix(RStr p) {
        return endsWith(p) ? new RStr(bytes, offset, length - p.length) : null;
    }

    /** {@code s.trim_start_matches(p)}: strips repeated prefixes {@code p} (nothing for an empty {@code p}). */
    public RStr trimStartMatches(RStr p) {
        RStr r = this;
        while (p.length > 0 && r.startsWith(p)) {
            r = new RStr(r.bytes, r.offset + p.length, r.length - p.length);
        }
        return r;
    }

    /** {@code s.trim_end_matches(p)}. */
    public RStr trimEndMatches(RStr p) {
        RStr r = this;
        while (p.length > 0 && r.endsWith(p)) {
            r = new RStr(r.bytes, r.offset, r.length - p.length);
        }
        return r;
    }

    /** {@code s.trim_matches(p)}. */
    public RStr trimMatches(RStr p) {
        return trimStartMatches(p).trimEndMatches(p);
    }

    /** {@code s.eq_ignore_ascii_case(other)}. */
    public boolean eqIgnoreAsciiCase(RStr o) {
        if (o.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (CharOps.toAsciiLowercase(bytes[offset + i] & 0xFF) != CharOps.toAsciiLowercase(o.bytes[o.offset + i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.to_ascii_uppercase()}. */
    public RString toAsciiUppercase() {
        RString r = toRString();
        byte[] b = r.bytes();
        for (int i = 0; i < length; i++) {
            b[i] = (byte) CharOps.toAsciiUppercase(b[i] & 0xFF);
        }
        return r;
    }

    /** {@code s.to_ascii_lowercase()}. */
    public RString toAsciiLowercase() {
        RString r = toRString();
        byte[] b = r.bytes();
        for (int i = 0; i < length; i++) {
            b[i] = (byte) CharOps.toAsciiLowercase(b[i] & 0xFF);
        }
        return r;
    }

    /** {@code s.to_string()} / {@code String::from(s)}. */
    public RString toRString() {
        return RString.from(this);
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
    public int compareTo(RStr o) {
        return Utf8Text.compare(this, o);
    }

    /** The text as a Java string (for panic messages and interop). */
    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
}
