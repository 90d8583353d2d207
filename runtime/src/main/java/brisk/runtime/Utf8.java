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
     * Validates UTF-8 exactly as core's {@code run_utf8_validation}. Returns -1 if
     * {@code b[off, off+len)} is valid; otherwise {@code validUpTo << 2 | errorLen}, where
     * {@code errorLen} is 1..3 ({@code Some(n)}) or 0 ({@code None}: input ended mid-char).
     */
    public static long validate(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int first = b[i] & 0xFF;
            if (first < 0x80) {
                i++;
                continue;
            }
            int w = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3 : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
            long at = (long) (i - off) << 2;
            if (w == 0) {
                return at | 1;
            }
            if (i + 1 >= end) {
                return at;
            }
            int second = b[i + 1] & 0xFF;
            boolean secondOk = switch (w) {
                case 2 -> (second & 0xC0) == 0x80;
                case 3 -> switch (first) {
                    case 0xE0 -> second >= 0xA0 && second <= 0xBF;
                    case 0xED -> second >= 0x80 && second <= 0x9F;
                    default -> (second & 0xC0) == 0x80;
                };
                default -> switch (first) {
                    case 0xF0 -> second >= 0x90 && second <= 0xBF;
                    case 0xF4 -> second >= 0x80 && second <= 0x8F;
                    default -> (second & 0xC0) == 0x80;
                };
            };
            if (!secondOk) {
                return at | 1;
            }
            for (int k = 2; k < w; k++) {
                if (i + k >= end) {
                    return at;
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return at | k;
                }
            }
            i += w;
        }
        return -1;
    }

    /** The {@code valid_up_to} of a failed {@link #validate} result, or -1 if the input was valid. */
    public static int validUpTo(byte[] b, int off, int len) {
        long r = validate(b, off, len);
        return r < 0 ? -1 : (int) (r >>> 2);
    }

    /** {@code String::from_utf8_lossy}: each invalid sequence becomes one U+FFFD. */
    public static RString lossy(byte[] b, int off, int len) {
        RString out = new RString();
        int i = off;
        int end = off + len;
        while (i < end) {
            long r = validate(b, i, end - i);
            if (r < 0) {
                out.pushBytes(b, i, end - i);
                break;
            }
            int valid = (int) (r >>> 2);
            int errLen = (int) (r & 3);
            out.pushBytes(b, i, valid);
            out.push(0xFFFD);
            i += valid + (errLen == 0 ? end - i - valid : errLen);
        }
        return out;
    }
}
