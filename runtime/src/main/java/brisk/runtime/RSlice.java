package brisk.runtime;

import java.util.Arrays;

/**
 * A Rust {@code &[T]} / {@code &mut [T]} of reference (boxed) elements: a window
 * {@code [offset, offset+length)} of an {@code Object[]} shared with the Vec or array it borrows
 * (Rust's borrow rules guarantee the owner does not reallocate while the view lives).
 */
public final class RSlice {
    final Object[] array;
    final int offset;
    final int length;

    RSlice(Object[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    /** A view of a whole array ({@code &[T; N]} coerced to {@code &[T]}). */
    public static RSlice of(Object[] array) {
        return new RSlice(array, 0, array.length);
    }

    public long len() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public Object get(long i, String loc) {
        return array[offset + Bounds.index(i, length, loc)];
    }

    public void set(long i, Object v, String loc) {
        array[offset + Bounds.index(i, length, loc)] = v;
    }

    public RSlice slice(long start, long end, String loc) {
        Bounds.range(start, end, length, loc);
        return new RSlice(array, offset + (int) start, (int) (end - start));
    }

    public RSlice sliceInclusive(long start, long endInclusive, String loc) {
        long end = Bounds.rangeInclusive(start, endInclusive, length, loc);
        return new RSlice(array, offset + (int) start, (int) (end - start));
    }

    public RSlice sliceFrom(long start, String loc) {
        Bounds.rangeFrom(start, length, loc);
        return new RSlice(array, offset + (int) start, length - (int) start);
    }

    public RSlice sliceTo(long end, String loc) {
        Bounds.rangeTo(end, length, loc);
        return new RSlice(array, offset, (int) end);
    }

    /** {@code slice.swap(a, b)}: checks {@code a} first, like core. */
    public void swap(long a, long b, String loc) {
        int ia = offset + Bounds.index(a, length, loc);
        int ib = offset + Bounds.index(b, length, loc);
        Object t = array[ia];
        array[ia] = array[ib];
        array[ib] = t;
    }

    /** {@code slice.to_vec()} (a shallow copy; generated code clones elements when {@code T: Clone} needs it). */
    public RVec toVec() {
        return RVec.wrap(Arrays.copyOfRange(array, offset, offset + length), length);
    }

    /** {@code sort_by} (also {@code sort}): stable, like Rust's driftsort, so equal elements keep their order. */
    public void sortBy(java.util.Comparator<Object> cmp) {
        Arrays.sort(array, offset, offset + length, cmp);
    }

    /** {@code reverse}. */
    public void reverse() {
        for (int i = offset, j = offset + length - 1; i < j; i++, j--) {
            Object t = array[i];
            array[i] = array[j];
            array[j] = t;
        }
    }

    /** {@code fill} with one (already cloned per slot by the caller if needed) value. */
    public void fill(Object v) {
        Arrays.fill(array, offset, offset + length, v);
    }

    /** The element at a position already checked by the caller (iteration). */
    public Object getUnchecked(int i) {
        return array[offset + i];
    }
}
