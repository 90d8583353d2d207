package brisk.runtime.iter;

import brisk.runtime.RFn0;
import brisk.runtime.RFn1;
import brisk.runtime.RFn2;
import brisk.runtime.RSlice;
import brisk.runtime.RStr;
import brisk.runtime.RVec;

/**
 * Where iterators come from: slices and Vecs (their boxed elements as they are), integer ranges
 * (boxed as their JVM kind: {@code Integer} or {@code Long}), a string's chars, bytes and
 * char indices, and std::iter's {@code once}, {@code repeat}, {@code empty}, {@code successors},
 * {@code from_fn}.
 */
public final class Sources {
    private Sources() {}

    /** {@code slice.iter()}, {@code vec.iter()}/{@code into_iter()}: elements front to back, double-ended. */
    public static RIter slice(RSlice s) {
        return new Indexed(s, null, s.len());
    }

    public static RIter vec(RVec v) {
        return new Indexed(null, v, v.len());
    }

    private static final class Indexed extends RIter {
        private final RSlice slice;
        private final RVec vec;
        private long front;
        private long back;

        Indexed(RSlice slice, RVec vec, long len) {
            this.slice = slice;
            this.vec = vec;
            this.back = len;
        }

        private Object at(long i) {
            return slice != null ? slice.getUnchecked((int) i) : vec.getUnchecked((int) i);
        }

        @Override
        public Object next() {
            return front < back ? at(front++) : DONE;
        }

        @Override
        public Object nextBack() {
            return front < back ? at(--back) : DONE;
        }

        @Override
        public long len() {
            return back - front;
        }

        @Override
        public Object nth(long n) {
            if (n >= back - front) {
                front = back;
                return DONE;
            }
            front += n;
            return at(front++);
        }
    }

    /**
     * {@code start..end} ({@code inclusive}: {@code start..=end}) over a 32-bit-or-narrower integer type
     * (items {@code Integer}); {@code unsigned} compares as u32. Never steps past {@code end}.
     */
    public static RIter rangeInt(int start, int end, boolean inclusive, boolean unsigned) {
        return new IntRange(start, end, inclusive, unsigned);
    }

    /** As {@link #rangeInt} for 64-bit types (items {@code Long}). */
    public static RIter rangeLong(long start, long end, boolean inclusive, boolean unsigned) {
        return new LongRange(start, end, inclusive, unsigned);
    }

    /**
     * {@code start..} over a 32-bit-or-narrower type ({@code max} its largest value): like std in debug
     * builds, pulling {@code max} panics (computing its successor overflows) before returning it.
     */
    public static RIter rangeFromInt(int start, int max, String loc) {
        return new RIter() {
            private int next = start;

            @Override
            public Object next() {
                int v = next;
                if (v == max) {
                    throw brisk.runtime.Panic.panic(brisk.runtime.Arith.ADD, loc);
                }
                next = v + 1;
                return v;
            }
        };
    }

    private static final class IntRange extends RIter {
        private int start;
        private int end;
        private final boolean unsigned;
        private final boolean halfOpen;
        private boolean exhausted;

        IntRange(int start, int end, boolean inclusive, boolean unsigned) {
            this.start = start;
            this.end = end;
            this.unsigned = unsigned;
            this.halfOpen = !inclusive;
        }

        private int cmp(int a, int b) {
            return unsigned ? Integer.compareUnsigned(a, b) : Integer.compare(a, b);
        }

        @Override
        public Object next() {
            if (halfOpen) {
                if (cmp(start, end) < 0) {
                    return start++;
                }
                return DONE;
            }
            if (exhausted || cmp(start, end) > 0) {
                return DONE;
            }
            int v = start;
            if (cmp(start, end) < 0) {
                start++;
            } else {
                exhausted = true;
            }
            return v;
        }

        @Override
        public Object nextBack() {
            if (halfOpen) {
                if (cmp(start, end) < 0) {
                    return --end;
                }
                return DONE;
            }
            if (exhausted || cmp(start, end) > 0) {
                return DONE;
            }
            int v = end;
            if (cmp(start, end) < 0) {
                end--;
            } else {
                exhausted = true;
            }
            return v;
        }

        @Override
        public long len() {
            if (halfOpen) {
                return cmp(start, end) < 0 ? (unsigned ? Integer.toUnsignedLong(end - start) : (long) end - start) : 0;
            }
            if (exhausted || cmp(start, end) > 0) {
                return 0;
            }
            return (unsigned ? Integer.toUnsignedLong(end - start) : (long) end - start) + 1;
        }

        @Override
        public Object nth(long n) {
            long remaining = len();
            if (n >= remaining) {
                if (halfOpen) {
                    start = end;
                } else {
                    exhausted = true;
                }
                return DONE;
            }
            start += (int) n;
            return next();
        }
    }

    private static final class LongRange extends RIter {
        private long start;
        private long end;
        private final boolean unsigned;
        private final boolean halfOpen;
        private boolean exhausted;

        LongRange(long start, long end, boolean inclusive, boolean unsigned) {
            this.start = start;
            this.end = end;
            this.unsigned = unsigned;
            this.halfOpen = !inclusive;
        }

        private int cmp(long a, long b) {
            return unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
        }

        @Override
        public Object next() {
            if (halfOpen) {
                if (cmp(start, end) < 0) {
                    return start++;
                }
                return DONE;
            }
            if (exhausted || cmp(start, end) > 0) {
                return DONE;
            }
            long v = start;
            if (cmp(start, end) < 0) {
                start++;
            } else {
                exhausted = true;
            }
            return v;
        }

        @Override
        public Object nextBack() {
            if (halfOpen) {
                if (cmp(start, end) < 0) {
                    return --end;
                }
                return DONE;
            }
            if (exhausted || cmp(start, end) > 0) {
                return DONE;
            }
            long v = end;
            if (cmp(start, end) < 0) {
                end--;
            } else {
                exhausted = true;
            }
            return v;
        }

        @Override
        public long len() {
            if (halfOpen) {
                return cmp(start, end) < 0 ? end - start : 0;
            }
            return exhausted || cmp(start, end) > 0 ? 0 : end - start + 1;
        }

        @Override
        public Object nth(long n) {
            long remaining = len();
            if (Long.compareUnsigned(n, remaining) >= 0) {
                if (halfOpen) {
                    start = end;
                } else {
                    exhausted = true;
                }
                return DONE;
            }
            start += n;
            return next();
        }
    }

    /** {@code s.chars()}: code points as {@code Integer}s, double-ended. */
    public static RIter chars(RStr s) {
        brisk.runtime.Chars c = s.chars();
        return new RIter() {
            @Override
            public Object next() {
                int cp = c.next();
                if (cp < 0) {
                    return DONE;
                }
                return cp;
            }

            @Override
            public Object nextBack() {
                int cp = c.nextBack();
                if (cp < 0) {
                    return DONE;
                }
                return cp;
            }
        };
    }

    /** {@code s.char_indices()}: pairs built by {@code pair(Long offset, Integer char)}. */
    public static RIter charIndices(RStr s, RFn2 pair) {
        brisk.runtime.Chars c = s.chars();
        return new RIter() {
            @Override
            public Object next() {
                int cp = c.next();
                return cp < 0 ? DONE : pair.call(c.offset(), cp);
            }

            @Override
            public Object nextBack() {
                int cp = c.nextBack();
                return cp < 0 ? DONE : pair.call(c.offset(), cp);
            }
        };
    }

    /** {@code s.bytes()}: {@code u8}s as {@code Integer}s, double-ended. */
    public static RIter bytes(RStr s) {
        return new RIter() {
            private long front;
            private long back = s.len();

            @Override
            public Object next() {
                if (front < back) {
                    return s.byteAt(front++);
                }
                return DONE;
            }

            @Override
            public Object nextBack() {
                if (front < back) {
                    return s.byteAt(--back);
                }
                return DONE;
            }

            @Override
            public long len() {
                return back - front;
            }
        };
    }

    public static RIter once(Object value) {
        return new RIter() {
            private boolean taken;

            @Override
            public Object next() {
                if (taken) {
                    return DONE;
                }
                taken = true;
                return value;
            }

            @Override
            public Object nextBack() {
                return next();
            }
        };
    }

    public static RIter empty() {
        return new RIter() {
            @Override
            public Object next() {
                return DONE;
            }

            @Override
            public Object nextBack() {
                return DONE;
            }
        };
    }

    /** {@code repeat(v)}: {@code clone} makes each item (lower passes the element's Clone). */
    public static RIter repeat(Object value, RFn1 clone) {
        return new RIter() {
            @Override
            public Object next() {
                return clone.call(value);
            }

            @Override
            public Object nth(long n) {
                return clone.call(value);
            }
        };
    }

    /** {@code successors(first, succ)}: {@code first} and {@code succ}'s results are items or {@link RIter#DONE}. */
    public static RIter successors(Object first, RFn1 succ) {
        return new RIter() {
            private Object next = first;

            @Override
            public Object next() {
                Object item = next;
                if (item == DONE) {
                    return DONE;
                }
                next = succ.call(item);
                return item;
            }
        };
    }

    /** {@code from_fn(f)} and user iterators: {@code f} returns an item or {@link RIter#DONE}. */
    public static RIter fromFn(RFn0 f) {
        return new RIter() {
            @Override
            public Object next() {
                return f.call();
            }
        };
    }
}
