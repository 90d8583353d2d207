package brisk.runtime;

import java.util.Arrays;

/**
 * A Rust {@code Vec<T>} of reference (boxed) elements: a growable {@code Object[]} with Rust's
 * panics for indexing, insertion, removal and range slicing. Lengths and indices are
 * {@code usize} as {@code long}. Growth doubles with a minimum capacity of 4, like RawVec for
 * small elements (observable only through {@code capacity()}).
 */
public final class RVec {
    private static final Object[] EMPTY = new Object[0];
    private Object[] items;
    private int len;

    public RVec() {
        items = EMPTY;
    }

    public static RVec withCapacity(long capacity) {
        RVec v = new RVec();
        v.items = capacity == 0 ? EMPTY : new Object[RString.checkedCapacity(capacity)];
        return v;
    }

    /** Takes ownership of {@code array[0, len)} ({@code vec![a, b, c]}). */
    public static RVec wrap(Object[] array, int len) {
        RVec v = new RVec();
        v.items = array;
        v.len = len;
        return v;
    }

    public static RVec of(Object... elements) {
        return wrap(elements, elements.length);
    }

    /** {@code vec![elem; n]} with each slot filled by the (already cloned) elements. */
    public static RVec filled(Object elem, long n) {
        Object[] a = new Object[RString.checkedCapacity(n)];
        Arrays.fill(a, elem);
        return wrap(a, a.length);
    }

    public long len() {
        return len;
    }

    public boolean isEmpty() {
        return len == 0;
    }

    public long capacity() {
        return items.length;
    }

    public Object get(long i, String loc) {
        return items[Bounds.index(i, len, loc)];
    }

    public void set(long i, Object v, String loc) {
        items[Bounds.index(i, len, loc)] = v;
    }

    /** The element at a position already checked by the caller (iteration). */
    public Object getUnchecked(int i) {
        return items[i];
    }

    private void grow(int minCapacity) {
        int cap = Math.max(minCapacity, Math.max(4, items.length * 2));
        items = Arrays.copyOf(items, cap);
    }

    public void reserve(long additional) {
        if (len + additional > items.length) {
            grow((int) (len + additional));
        }
    }

    public void push(Object v) {
        if (len == items.length) {
            grow(len + 1);
        }
        items[len++] = v;
    }

    /** {@code Vec::pop}: the removed last element; callers check {@link #isEmpty()} for {@code None}. */
    public Object pop() {
        if (len == 0) {
            return null;
        }
        Object v = items[--len];
        items[len] = null;
        return v;
    }

    public void insert(long index, Object v, String loc) {
        if (Long.compareUnsigned(index, len) > 0) {
            throw Panic.panic("insertion index (is " + Long.toUnsignedString(index)
                    + ") should be <= len (is " + len + ")", loc);
        }
        if (len == items.length) {
            grow(len + 1);
        }
        int i = (int) index;
        System.arraycopy(items, i, items, i + 1, len - i);
        items[i] = v;
        len++;
    }

    public Object remove(long index, String loc) {
        if (Long.compareUnsigned(index, len) >= 0) {
            throw Panic.panic("removal index (is " + Long.toUnsignedString(index)
                    + ") should be < len (is " + len + ")", loc);
        }
        int i = (int) index;
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, len - i - 1);
        items[--len] = null;
        return v;
    }

    public Object swapRemove(long index, String loc) {
        if (Long.compareUnsigned(index, len) >= 0) {
            throw Panic.panic("swap_remove index (is " + Long.toUnsignedString(index)
                    + ") should be < len (is " + len + ")", loc);
        }
        int i = (int) index;
        Object v = items[i];
        items[i] = items[len - 1];
        items[--len] = null;
        return v;
    }

    public void swap(long a, long b, String loc) {
        asSlice().swap(a, b, loc);
    }

    /** {@code Vec::truncate}: no-op when {@code newLen >= len}. */
    public void truncate(long newLen) {
        if (newLen >= 0 && newLen < len) {
            Arrays.fill(items, (int) newLen, len, null);
            len = (int) newLen;
        }
    }

    public void clear() {
        truncate(0);
    }

    public void extend(RSlice s) {
        reserve(s.length);
        System.arraycopy(s.array, s.offset, items, len, s.length);
        len += s.length;
    }

    public void extend(RVec other) {
        extend(other.asSlice());
    }

    /** {@code Vec::split_off}. */
    public RVec splitOff(long at, String loc) {
        if (Long.compareUnsigned(at, len) > 0) {
            throw Panic.panic("`at` split index (is " + Long.toUnsignedString(at)
                    + ") should be <= len (is " + len + ")", loc);
        }
        int i = (int) at;
        RVec tail = wrap(Arrays.copyOfRange(items, i, len), len - i);
        Arrays.fill(items, i, len, null);
        len = i;
        return tail;
    }

    /** {@code &v[..]}: a view sharing this Vec's buffer. */
    public RSlice asSlice() {
        return new RSlice(items, 0, len);
    }

    public RSlice slice(long start, long end, String loc) {
        return asSlice().slice(start, end, loc);
    }

    public RSlice sliceInclusive(long start, long endInclusive, String loc) {
        return asSlice().sliceInclusive(start, endInclusive, loc);
    }

    public RSlice sliceFrom(long start, String loc) {
        return asSlice().sliceFrom(start, loc);
    }

    public RSlice sliceTo(long end, String loc) {
        return asSlice().sliceTo(end, loc);
    }

    /** A shallow copy (generated {@code clone()} clones the elements when needed). */
    public RVec copy() {
        return wrap(Arrays.copyOf(items, len), len);
    }
}
