package brisk.runtime;

/**
 * Conversions between strings and byte vectors/slices ({@code Vec<u8>}/{@code &[u8]} hold boxed
 * {@code Integer}s): {@code String::from_utf8}, {@code str::from_utf8}, {@code as_bytes},
 * {@code into_bytes}. A failed conversion returns null here and its error comes from the
 * matching {@code ...Error} method (generated code builds the {@code Result}).
 */
public final class Utf8Conv {
    private Utf8Conv() {}

    private static byte[] raw(RSlice s) {
        byte[] b = new byte[s.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (int) (Integer) s.array[s.offset + i];
        }
        return b;
    }

    /** {@code String::from_utf8(v)}'s string, or null when {@code v} is not UTF-8. */
    public static RString stringFromUtf8(RVec v) {
        byte[] b = raw(v.asSlice());
        return Utf8.validate(b, 0, b.length) < 0 ? RString.fromUtf8Unchecked(b, b.length) : null;
    }

    public static FromUtf8Error fromUtf8Error(RVec v) {
        byte[] b = raw(v.asSlice());
        return new FromUtf8Error(v, Utf8Error.of(Utf8.validate(b, 0, b.length)));
    }

    /** {@code std::str::from_utf8(s)}'s str, or null. */
    public static RStr strFromUtf8(RSlice s) {
        byte[] b = raw(s);
        return Utf8.validate(b, 0, b.length) < 0 ? RStr.fromUtf8Unchecked(b, 0, b.length) : null;
    }

    public static Utf8Error utf8Error(RSlice s) {
        byte[] b = raw(s);
        return Utf8Error.of(Utf8.validate(b, 0, b.length));
    }

    /** {@code s.as_bytes()} (a copy: generated code never writes through a {@code &[u8]} of a str). */
    public static RSlice asBytes(RStr s) {
        Object[] out = new Object[s.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.bytes[s.offset + i] & 0xFF;
        }
        return RSlice.of(out);
    }

    /** {@code s.into_bytes()}. */
    public static RVec intoBytes(RString s) {
        RSlice b = asBytes(s.asStr());
        return RVec.wrap(b.array, b.length);
    }
}
