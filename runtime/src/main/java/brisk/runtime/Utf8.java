package brisk.runtime;

/** UTF-8 primitives over byte arrays holding valid UTF-8 (Rust's str invariant). */
public final class Utf8 {
    private Utf8() {}

    /** Whether the byte starts a char (is not a continuation byte 10xxxxxx). */
    public static boolean isCharStart(byte b) {
        return (b & 0xC0) != 0x80;
    }

    /** Encoded length of a code point: 1 to 4 (Rust's {@code char::len_utf8}). */
    public static int lenUtf8(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** Writes {@code cp} at {@code dst[at]}; returns the number of bytes written. */
    public static int encode(int cp, byte[] dst, int at) {
        if (cp < 0x80) {
            dst[at] = (byte) cp;
            return 1;
        } else if (cp < 0x800) {
            dst[at] = (byte) (0xC0 | cp >> 6);
            dst[at + 1] = (byte) (0x80 | cp & 0x3F);
            return 2;
        } else if (cp < 0x10000) {
            dst[at] = (byte) (0xE0 | cp >> 12);
            dst[at + 1] = (byte) (0x80 | cp >> 6 & 0x3F);
            dst[at + 2] = (byte) (0x80 | cp & 0x3F);
            return 3;
        }
        dst[at] = (byte) (0xF0 | cp >> 18);
        dst[at + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        dst[at + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        dst[at + 3] = (byte) (0x80 | cp & 0x3F);
        return 4;
    }

    /** Decodes the char starting at {@code b[i]} (which must be a char start). */
    public static int decode(byte[] b, int i) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return b0;
        } else if (b0 < 0xE0) {
            return (b0 & 0x1F) << 6 | b[i + 1] & 0x3F;
        } else if (b0 < 0xF0) {
            return (b0 & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
        }
        return (b0 & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
    }

    /** Length of the char whose first byte is {@code b0}. */
    public static int widthOf(byte b0) {
        int v = b0 & 0xFF;
        return v < 0x80 ? 1 : v < 0xE0 ? 2 : v < 0xF0 ? 3 : 4;
    }

    /** Number of chars in {@code b[off, off+len)}. */
    public static int charCount(byte[] b, int off, int len) {
        int n = 0;
        for (int i = off, end = off + len; i < end; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** Number of chars (code points) of a Java string, as Rust would count its UTF-8 form. */
    public static int charCount(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Validates UTF-8 as Rust's {@code str::from_utf8}: returns -1 if valid, else the
     * {@code valid_up_to} index of the first invalid sequence.
     */
    public static int validUpTo(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int b0 = b[i] & 0xFF;
            int w;
            if (b0 < 0x80) {
                i++;
                continue;
            } else if (b0 >= 0xC2 && b0 <= 0xDF) {
                w = 2;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                w = 3;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                w = 4;
            } else {
                return i - off;
            }
            if (i + w > end) {
                return i - off;
            }
            int b1 = b[i + 1] & 0xFF;
            boolean ok = switch (b0) {
                case 0xE0 -> b1 >= 0xA0 && b1 <= 0xBF;
                case 0xED -> b1 >= 0x80 && b1 <= 0x9F;
                case 0xF0 -> b1 >= 0x90 && b1 <= 0xBF;
                case 0xF4 -> b1 >= 0x80 && b1 <= 0x8F;
                default -> (b1 & 0xC0) == 0x80;
            };
            for (int k = 2; ok && k < w; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                return i - off;
            }
            i += w;
        }
        return -1;
    }
}
