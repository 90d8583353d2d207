package brisk.runtime;

/**
 * Index and range checks of slices, arrays and Vecs with core's panic messages. Indices are
 * {@code usize} as {@code long} bit patterns, so every comparison is unsigned. Range checks
 * follow core's {@code slice_index_fail}: start past len, then end past len, then start > end.
 */
public final class Bounds {
    private Bounds() {}

    /** {@code v[i]}: returns {@code i} as an int index or panics with the bounds message. */
    public static int index(long i, long len, String loc) {
        if (Long.compareUnsigned(i, len) >= 0) {
            throw Panics.indexOutOfBounds(len, i, loc);
        }
        return (int) i;
    }

    /** {@code &v[start..end]}. */
    public static void range(long start, long end, long len, String loc) {
        if (Long.compareUnsigned(start, end) > 0 || Long.compareUnsigned(end, len) > 0) {
            throw fail(start, end, len, loc);
        }
    }

    /** {@code &v[start..=endInclusive]}: returns the exclusive end. */
    public static long rangeInclusive(long start, long endInclusive, long len, String loc) {
        if (Long.compareUnsigned(endInclusive, len) < 0) {
            long end = endInclusive + 1;
            if (Long.compareUnsigned(start, end) <= 0) {
                return end;
            }
            throw fail(start, end, len, loc);
        }
        throw fail(start, endInclusive, len, loc);
    }

    /** {@code &v[start..]}. */
    public static void rangeFrom(long start, long len, String loc) {
        if (Long.compareUnsigned(start, len) > 0) {
            throw Panics.sliceStartOutOfRange(start, len, loc);
        }
    }

    /** {@code &v[..end]}. */
    public static void rangeTo(long end, long len, String loc) {
        if (Long.compareUnsigned(end, len) > 0) {
            throw Panics.sliceEndOutOfRange(end, len, loc);
        }
    }

    private static Panic fail(long start, long end, long len, String loc) {
        if (Long.compareUnsigned(start, len) > 0) {
            return Panics.sliceStartOutOfRange(start, len, loc);
        }
        if (Long.compareUnsigned(end, len) > 0) {
            return Panics.sliceEndOutOfRange(end, len, loc);
        }
        if (Long.compareUnsigned(start, end) > 0) {
            return Panics.sliceIndexOrder(start, end, loc);
        }
        return Panics.sliceEndOutOfRange(end, len, loc);
    }
}
