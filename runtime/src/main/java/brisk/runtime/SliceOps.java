package brisk.runtime;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Slice and Vec methods over boxed elements that need an element order or equality: sorting,
 * searching, deduplication, prefix tests, cloning copies and joining strings. Elements are the
 * boxes generated code stores ({@code Integer} for types of at most 32 bits and char,
 * {@code Long} for 64-bit integers, {@code Boolean}, {@code RStr}, {@code RString}); an
 * {@code order} argument says how to compare them as Rust's {@code Ord} does:
 * {@link #NATURAL} (signed integers, narrow unsigned ones, char, bool, strings by bytes),
 * {@link #UNSIGNED} (u32, u64, usize bit patterns). Float elements never come here (no
 * {@code Ord}, and boxed equality is not IEEE equality).
 */
public final class SliceOps {
    public static final int NATURAL = 0;
    public static final int UNSIGNED = 1;

    private SliceOps() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b, int order) {
        if (order == UNSIGNED) {
            if (a instanceof Integer x) {
                return Integer.compareUnsigned(x, (Integer) b);
            }
            return Long.compareUnsigned((Long) a, (Long) b);
        }
        if (a instanceof Utf8Text x) {
            return Utf8Text.compare(x, (Utf8Text) b);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static Comparator<Object> comparator(int order) {
        return (a, b) -> compare(a, b, order);
    }

    /** {@code sort} / {@code sort_unstable} (stable either way: unobservable for these elements). */
    public static void sort(RSlice s, int order) {
        s.sortBy(comparator(order));
    }

    public static void sort(RVec v, int order) {
        sort(v.asSlice(), order);
    }

    /** {@code contains}: element equality (strings by content). */
    public static boolean contains(RSlice s, Object x) {
        for (int i = 0; i < s.length; i++) {
            if (s.array[s.offset + i].equals(x)) {
                return true;
            }
        }
        return false;
    }

    public static boolean contains(RVec v, Object x) {
        return contains(v.asSlice(), x);
    }

    /**
     * {@code binary_search}: core's branch-free loop (its answer among equal elements is part of
     * the observable behaviour): {@code Ok(i)} as {@code i}, {@code Err(i)} as {@code -i - 1}.
     */
    public static long binarySearch(RSlice s, Object x, int order) {
        int size = s.length;
        if (size == 0) {
            return -1;
        }
        int base = 0;
        while (size > 1) {
            int half = size / 2;
            int mid = base + half;
            if (compare(s.array[s.offset + mid], x, order) <= 0) {
                base = mid;
            }
            size -= half;
        }
        int cmp = compare(s.array[s.offset + base], x, order);
        if (cmp == 0) {
            return base;
        }
        return -(base + (cmp < 0 ? 1 : 0)) - 1;
    }

    public static long binarySearch(RVec v, Object x, int order) {
        return binarySearch(v.asSlice(), x, order);
    }

    /** {@code Vec::dedup}: drops consecutive equal elements. */
    public static void dedup(RVec v) {
        int n = (int) v.len();
        if (n < 2) {
            return;
        }
        RSlice s = v.asSlice();
        int w = 1;
        for (int r = 1; r < n; r++) {
            Object cur = s.array[r];
            if (!cur.equals(s.array[w - 1])) {
                s.array[w++] = cur;
            }
        }
        v.truncate(w);
    }

    public static boolean startsWith(RSlice s, RSlice p) {
        return p.length <= s.length && Arrays.equals(s.array, s.offset, s.offset + p.length, p.array, p.offset,
                p.offset + p.length);
    }

    public static boolean endsWith(RSlice s, RSlice p) {
        int from = s.offset + s.length - p.length;
        return p.length <= s.length && Arrays.equals(s.array, from, s.offset + s.length, p.array, p.offset,
                p.offset + p.length);
    }

    /** {@code to_vec} / {@code clone}: a new Vec; {@code String} elements ({@code cloneStrings}) are copied. */
    public static RVec toVec(RSlice s, boolean cloneStrings) {
        RVec v = s.toVec();
        if (cloneStrings) {
            RSlice all = v.asSlice();
            for (int i = 0; i < all.length; i++) {
                all.array[i] = ((RString) all.array[i]).copy();
            }
        }
        return v;
    }

    public static RVec toVec(RVec v, boolean cloneStrings) {
        return toVec(v.asSlice(), cloneStrings);
    }

    /** {@code extend_from_slice}: appends clones of {@code s}'s elements. */
    public static void extendFromSlice(RVec v, RSlice s, boolean cloneStrings) {
        v.extend(toVec(s, cloneStrings));
    }

    /** {@code copy_from_slice} ({@code clone}: {@code clone_from_slice}, copying String elements); lengths must match. */
    public static void copyFromSlice(RSlice dst, RSlice src, boolean clone, String loc) {
        if (dst.length != src.length) {
            throw Panic.panic(clone ? "destination and source slices have different lengths"
                    : "copy_from_slice: source slice length (" + src.length + ") does not match destination slice length ("
                            + dst.length + ")", loc);
        }
        Object[] copy = java.util.Arrays.copyOfRange(src.array, src.offset, src.offset + src.length);
        for (int i = 0; i < copy.length; i++) {
            dst.array[dst.offset + i] = clone && copy[i] instanceof RString s ? s.copy() : copy[i];
        }
    }

    /** {@code split_at}'s check ({@code track_caller}: reported at the call). */
    public static void checkSplitAt(long mid, long len, String loc) {
        if (Long.compareUnsigned(mid, len) > 0) {
            throw Panic.panic("mid > len", loc);
        }
    }

    /** {@code [S].join(sep)} for {@code str}/{@code String} elements. */
    public static RString join(RSlice s, RStr sep) {
        RString out = new RString();
        for (int i = 0; i < s.length; i++) {
            if (i > 0) {
                out.pushStr(sep);
            }
            append(out, s.array[s.offset + i]);
        }
        return out;
    }

    /** {@code [S].concat()}. */
    public static RString concat(RSlice s) {
        return join(s, RStr.EMPTY);
    }

    private static void append(RString out, Object piece) {
        if (piece instanceof RStr p) {
            out.pushStr(p);
        } else {
            out.pushStr((RString) piece);
        }
    }
}
