package brisk.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code str} methods that produce new strings or sequences of pieces. Splitting methods return
 * all pieces eagerly as an array (Rust's iterators are lazy, but splitting has no side effects,
 * so collecting first is unobservable); codegen wraps the array in an iterator. Patterns follow
 * std's {@code StrSearcher}: an empty pattern matches at every char boundary, matches do not
 * overlap and are found left to right ({@code rsplit}: right to left).
 */
public final class StrOps {
    private StrOps() {}

    /** Start offsets (relative to {@code s}) of non-overlapping matches of {@code p}, left to right. */
    private static List<int[]> matches(RStr s, RStr p) {
        List<int[]> out = new ArrayList<>();
        if (p.length == 0) {
            for (int i = 0; i <= s.length; i++) {
                if (i == s.length || Utf8.isCharStart(s.bytes[s.offset + i])) {
                    out.add(new int[] {i, i});
                }
            }
            return out;
        }
        int i = 0;
        while (i + p.length <= s.length) {
            if (java.util.Arrays.equals(s.bytes, s.offset + i, s.offset + i + p.length, p.bytes, p.offset, p.offset + p.length)) {
                out.add(new int[] {i, i + p.length});
                i += p.length;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Right-to-left non-overlapping matches of a non-empty {@code p}, rightmost first. */
    private static List<int[]> matchesReverse(RStr s, RStr p) {
        if (p.length == 0) {
            List<int[]> fwd = matches(s, p);
            java.util.Collections.reverse(fwd);
            return fwd;
        }
        List<int[]> out = new ArrayList<>();
        int end = s.length;
        while (end - p.length >= 0) {
            int st = end - p.length;
            if (java.util.Arrays.equals(s.bytes, s.offset + st, s.offset + end, p.bytes, p.offset, p.offset + p.length)) {
                out.add(new int[] {st, end});
                end = st;
            } else {
                end--;
            }
        }
        return out;
    }

    private static RStr sub(RStr s, int from, int to) {
        return new RStr(s.bytes, s.offset + from, to - from);
    }

    public static RStr charPattern(int c) {
        byte[] b = new byte[Utf8.lenUtf8(c)];
        Utf8.encode(c, b, 0);
        return new RStr(b, 0, b.length);
    }

    /** {@code s.split(p)}. */
    public static RStr[] split(RStr s, RStr p) {
        List<RStr> out = new ArrayList<>();
        int start = 0;
        for (int[] m : matches(s, p)) {
            out.add(sub(s, start, m[0]));
            start = m[1];
        }
        out.add(sub(s, start, s.length));
        return out.toArray(new RStr[0]);
    }

    /** {@code s.split(c)} for a char pattern. */
    public static RStr[] split(RStr s, int c) {
        return split(s, charPattern(c));
    }

    /** {@code s.rsplit(p)}: pieces from the end. */
    public static RStr[] rsplit(RStr s, RStr p) {
        if (p.length == 0) {
            RStr[] fwd = split(s, p);
            java.util.Collections.reverse(java.util.Arrays.asList(fwd));
            return fwd;
        }
        List<RStr> out = new ArrayList<>();
        int end = s.length;
        for (int[] m : matchesReverse(s, p)) {
            out.add(sub(s, m[1], end));
            end = m[0];
        }
        out.add(sub(s, 0, end));
        return out.toArray(new RStr[0]);
    }

    /** {@code s.splitn(n, p)}: at most {@code n} pieces, the last holding the rest. */
    public static RStr[] splitn(RStr s, long n, RStr p) {
        if (n == 0) {
            return new RStr[0];
        }
        RStr[] all = split(s, p);
        if (all.length <= n) {
            return all;
        }
        List<RStr> out = new ArrayList<>();
        int start = 0;
        for (int[] m : matches(s, p)) {
            if (out.size() == n - 1) {
                break;
            }
            out.add(sub(s, start, m[0]));
            start = m[1];
        }
        out.add(sub(s, start, s.length));
        return out.toArray(new RStr[0]);
    }

    /** {@code s.split_terminator(p)}: like split, without a trailing empty piece. */
    public static RStr[] splitTerminator(RStr s, RStr p) {
        RStr[] all = split(s, p);
        if (all.length > 0 && all[all.length - 1].length == 0) {
            return java.util.Arrays.copyOf(all, all.length - 1);
        }
        return all;
    }

    /** {@code s.split_whitespace()}: maximal runs of non-White_Space chars. */
    public static RStr[] splitWhitespace(RStr s) {
        List<RStr> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < s.length) {
            int c = Utf8.decode(s.bytes, s.offset + i);
            boolean ws = Chars.isWhitespace(c);
            if (ws && start >= 0) {
                out.add(sub(s, start, i));
                start = -1;
            } else if (!ws && start < 0) {
                start = i;
            }
            i += Utf8.lenUtf8(c);
        }
        if (start >= 0) {
            out.add(sub(s, start, s.length));
        }
        return out.toArray(new RStr[0]);
    }

    /** {@code s.lines()}: split on {@code \n}, strip one trailing {@code \r}, no final empty line. */
    public static RStr[] lines(RStr s) {
        List<RStr> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length; i++) {
            if (s.bytes[s.offset + i] == '\n') {
                int end = i > start && s.bytes[s.offset + i - 1] == '\r' ? i - 1 : i;
                out.add(sub(s, start, end));
                start = i + 1;
            }
        }
        if (start < s.length) {
            int end = s.bytes[s.offset + s.length - 1] == '\r' ? s.length - 1 : s.length;
            out.add(sub(s, start, end));
        }
        return out.toArray(new RStr[0]);
    }

    /** {@code s.replace(from, to)}. */
    public static RString replace(RStr s, RStr from, RStr to) {
        RString out = new RString();
        int last = 0;
        for (int[] m : matches(s, from)) {
            out.pushBytes(s.bytes, s.offset + last, m[0] - last);
            out.pushStr(to);
            last = m[1];
        }
        out.pushBytes(s.bytes, s.offset + last, s.length - last);
        return out;
    }

    /** {@code s.repeat(n)}; panics with std's "capacity overflow" when the length overflows. */
    public static RString repeat(RStr s, long n) {
        if (n != 0 && s.length != 0
                && (Long.compareUnsigned(n, Long.divideUnsigned(-1L, s.length)) > 0 || s.length * n > Integer.MAX_VALUE - 8)) {
            throw Panic.panic("capacity overflow", StdLocations.REPEAT);
        }
        RString out = RString.withCapacity(s.length * n);
        for (long i = 0; i < n; i++) {
            out.pushStr(s);
        }
        return out;
    }

    /** {@code s.to_uppercase()}. */
    public static RString toUppercase(RStr s) {
        RString out = RString.withCapacity(s.length);
        Chars it = s.chars();
        while (it.hasNext()) {
            CharOps.pushUppercase(out, it.next());
        }
        return out;
    }

    /**
     * {@code s.to_lowercase()}, including the Final_Sigma rule for 'Σ'. Approximation: the
     * Case_Ignorable/Cased properties of that rule are derived from the JDK's general categories.
     */
    public static RString toLowercase(RStr s) {
        RString out = RString.withCapacity(s.length);
        Chars it = s.chars();
        while (it.hasNext()) {
            int c = it.next();
            if (c == 0x3A3) {
                int i = (int) it.offset();
                boolean wordFinal = casedBefore(s, i) && !casedAfter(s, i + 2);
                out.push(wordFinal ? 0x3C2 : 0x3C3);
            } else {
                CharOps.pushLowercase(out, c);
            }
        }
        return out;
    }

    private static boolean casedBefore(RStr s, int end) {
        Chars it = new Chars(s.bytes, s.offset, s.offset + end);
        int c;
        while ((c = it.nextBack()) >= 0) {
            if (!caseIgnorable(c)) {
                return cased(c);
            }
        }
        return false;
    }

    private static boolean casedAfter(RStr s, int start) {
        Chars it = new Chars(s.bytes, s.offset + start, s.offset + s.length);
        int c;
        while ((c = it.next()) >= 0) {
            if (!caseIgnorable(c)) {
                return cased(c);
            }
        }
        return false;
    }

    private static boolean cased(int c) {
        return CharOps.isLowercase(c) || CharOps.isUppercase(c) || Character.isTitleCase(c);
    }

    private static boolean caseIgnorable(int c) {
        return switch (c) {
            case '\'', '.', ':', '^', '`', 0xA8, 0xAD, 0xAF, 0xB4, 0xB7, 0xB8, 0x2018, 0x2019, 0x2024, 0x2027 -> true;
            default -> switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                     Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> true;
                default -> false;
            };
        };
    }

    /** {@code s.rfind(p)}: byte index of the last match, or -1 for {@code None}. */
    public static long rfind(RStr s, RStr p) {
        List<int[]> m = matchesReverse(s, p);
        return m.isEmpty() ? -1 : m.get(0)[0];
    }
}
