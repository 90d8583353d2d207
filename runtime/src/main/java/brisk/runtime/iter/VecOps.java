package brisk.runtime.iter;

import brisk.runtime.Panic;
import brisk.runtime.RFn1;
import brisk.runtime.RFn2;
import brisk.runtime.RSlice;
import brisk.runtime.RVec;
import java.util.Comparator;

/** Vec and slice methods taking closures: {@code retain}, {@code sort_by_key}, {@code chunks}, {@code windows}. */
public final class VecOps {
    private VecOps() {}

    /** {@code Vec::retain}: {@code keep} is called once per element, in order; kept elements keep their order. */
    public static void retain(RVec v, RFn1 keep) {
        int n = (int) v.len();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Object x = v.getUnchecked(i);
            if ((Boolean) keep.call(x)) {
                v.set(kept++, x, null);
            }
        }
        v.truncate(kept);
    }

    /**
     * {@code sort_by_key} (stable, like std's): keys are boxed integers, chars, bools or strings;
     * {@code unsigned} compares integer keys as unsigned bit patterns.
     */
    public static void sortByKey(RSlice s, RFn1 key, boolean unsigned) {
        s.sortBy(byKey(key, unsigned));
    }

    /**
     * {@code sort_by} (stable): {@code compare} answers the {@code Ordering}'s variant index; {@code less}
     * and {@code greater} are the indices of {@code Less} and {@code Greater}.
     */
    public static void sortBy(RSlice s, RFn2 compare, int less, int greater) {
        s.sortBy((a, b) -> {
            int tag = (Integer) compare.call(a, b);
            return tag == less ? -1 : tag == greater ? 1 : 0;
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> byKey(RFn1 key, boolean unsigned) {
        return (a, b) -> {
            Object ka = key.call(a);
            Object kb = key.call(b);
            if (unsigned && ka instanceof Integer x) {
                return Integer.compareUnsigned(x, (Integer) kb);
            }
            if (unsigned && ka instanceof Long x) {
                return Long.compareUnsigned(x, (Long) kb);
            }
            return ((Comparable) ka).compareTo(kb);
        };
    }

    /** {@code chunks(n)}: sub-slices of {@code n} elements, the last shorter; panics at {@code loc} for 0. */
    public static RIter chunks(RSlice s, long n, String loc) {
        if (n == 0) {
            throw Panic.panic("chunk size must be non-zero", loc);
        }
        return new RIter() {
            private long start;

            @Override
            public Object next() {
                long len = s.len();
                if (start >= len) {
                    return DONE;
                }
                long end = Math.min(len, start + n);
                RSlice chunk = s.slice(start, end, loc);
                start = end;
                return chunk;
            }
        };
    }

    /** {@code windows(n)}: every run of {@code n} consecutive elements; panics at {@code loc} for 0. */
    public static RIter windows(RSlice s, long n, String loc) {
        if (n == 0) {
            throw Panic.panic("window size must be non-zero", loc);
        }
        return new RIter() {
            private long start;

            @Override
            public Object next() {
                if (start + n > s.len()) {
                    return DONE;
                }
                RSlice w = s.slice(start, start + n, loc);
                start++;
                return w;
            }
        };
    }
}
