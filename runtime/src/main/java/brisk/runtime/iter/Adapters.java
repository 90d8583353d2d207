package brisk.runtime.iter;

import brisk.runtime.RFn1;
import brisk.runtime.RFn2;

/** std's iterator adapters over {@link RIter}, each with std's pull order and closure call count. */
final class Adapters {
    private Adapters() {}

    static final class Map extends RIter {
        private final RIter in;
        private final RFn1 f;

        Map(RIter in, RFn1 f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public Object next() {
            Object x = in.next();
            return x == DONE ? DONE : f.call(x);
        }

        @Override
        public Object nextBack() {
            Object x = in.nextBack();
            return x == DONE ? DONE : f.call(x);
        }

        @Override
        public long len() {
            return in.len();
        }
    }

    static final class Filter extends RIter {
        private final RIter in;
        private final RFn1 p;

        Filter(RIter in, RFn1 p) {
            this.in = in;
            this.p = p;
        }

        @Override
        public Object next() {
            while (true) {
                Object x = in.next();
                if (x == DONE || (Boolean) p.call(x)) {
                    return x;
                }
            }
        }

        @Override
        public Object nextBack() {
            while (true) {
                Object x = in.nextBack();
                if (x == DONE || (Boolean) p.call(x)) {
                    return x;
                }
            }
        }
    }

    static final class FilterMap extends RIter {
        private final RIter in;
        private final RFn1 f;

        FilterMap(RIter in, RFn1 f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public Object next() {
            while (true) {
                Object x = in.next();
                if (x == DONE) {
                    return DONE;
                }
                Object y = f.call(x);
                if (y != DONE) {
                    return y;
                }
            }
        }

        @Override
        public Object nextBack() {
            while (true) {
                Object x = in.nextBack();
                if (x == DONE) {
                    return DONE;
                }
                Object y = f.call(x);
                if (y != DONE) {
                    return y;
                }
            }
        }
    }

    /** Pairs are built by {@code pair} (a tuple constructor lower made), so the tuple class is the program's. */
    static final class Enumerate extends RIter {
        private final RIter in;
        private final RFn2 pair;
        private long count;

        Enumerate(RIter in, RFn2 pair) {
            this.in = in;
            this.pair = pair;
        }

        @Override
        public Object next() {
            Object x = in.next();
            if (x == DONE) {
                return DONE;
            }
            return pair.call(count++, x);
        }

        @Override
        public Object nextBack() {
            long n = in.len();
            Object x = in.nextBack();
            return x == DONE ? DONE : pair.call(count + n - 1, x);
        }

        @Override
        public long len() {
            return in.len();
        }
    }

    static final class Zip extends RIter {
        private final RIter a;
        private final RIter b;
        private final RFn2 pair;

        Zip(RIter a, RIter b, RFn2 pair) {
            this.a = a;
            this.b = b;
            this.pair = pair;
        }

        @Override
        public Object next() {
            Object x = a.next();
            if (x == DONE) {
                return DONE;
            }
            Object y = b.next();
            return y == DONE ? DONE : pair.call(x, y);
        }

        @Override
        public long len() {
            return Math.min(a.len(), b.len());
        }
    }

    static final class Chain extends RIter {
        private RIter a;
        private RIter b;

        Chain(RIter a, RIter b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public Object next() {
            if (a != null) {
                Object x = a.next();
                if (x != DONE) {
                    return x;
                }
                a = null;
            }
            if (b != null) {
                Object y = b.next();
                if (y != DONE) {
                    return y;
                }
                b = null;
            }
            return DONE;
        }

        @Override
        public Object nextBack() {
            if (b != null) {
                Object y = b.nextBack();
                if (y != DONE) {
                    return y;
                }
                b = null;
            }
            if (a != null) {
                Object x = a.nextBack();
                if (x != DONE) {
                    return x;
                }
                a = null;
            }
            return DONE;
        }
    }

    static final class Take extends RIter {
        private final RIter in;
        private long n;

        Take(RIter in, long n) {
            this.in = in;
            this.n = n;
        }

        @Override
        public Object next() {
            if (n == 0) {
                return DONE;
            }
            n--;
            return in.next();
        }
    }

    static final class Skip extends RIter {
        private final RIter in;
        private long n;

        Skip(RIter in, long n) {
            this.in = in;
            this.n = n;
        }

        @Override
        public Object next() {
            if (n > 0) {
                long k = n;
                n = 0;
                return in.nth(k);
            }
            return in.next();
        }
    }

    /** std's StepBy: the first item, then every {@code step}-th (via {@code nth(step - 1)}). */
    static final class StepBy extends RIter {
        private final RIter in;
        private final long step;
        private boolean first = true;

        StepBy(RIter in, long step, String loc) {
            if (step == 0) {
                throw brisk.runtime.Panic.panic("assertion failed: step != 0", loc);
            }
            this.in = in;
            this.step = step - 1;
        }

        @Override
        public Object next() {
            if (first) {
                first = false;
                return in.next();
            }
            return in.nth(step);
        }
    }

    static final class TakeWhile extends RIter {
        private final RIter in;
        private final RFn1 p;
        private boolean flag;

        TakeWhile(RIter in, RFn1 p) {
            this.in = in;
            this.p = p;
        }

        @Override
        public Object next() {
            if (flag) {
                return DONE;
            }
            Object x = in.next();
            if (x == DONE) {
                return DONE;
            }
            if ((Boolean) p.call(x)) {
                return x;
            }
            flag = true;
            return DONE;
        }
    }

    static final class SkipWhile extends RIter {
        private final RIter in;
        private final RFn1 p;
        private boolean flag;

        SkipWhile(RIter in, RFn1 p) {
            this.in = in;
            this.p = p;
        }

        @Override
        public Object next() {
            while (true) {
                Object x = in.next();
                if (x == DONE || flag || !(Boolean) p.call(x)) {
                    flag = true;
                    return x;
                }
            }
        }
    }

    static final class FlatMap extends RIter {
        private final RIter in;
        private final RFn1 f;
        private RIter front;
        private RIter back;

        FlatMap(RIter in, RFn1 f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public Object next() {
            while (true) {
                if (front != null) {
                    Object x = front.next();
                    if (x != DONE) {
                        return x;
                    }
                    front = null;
                }
                Object inner = in.next();
                if (inner == DONE) {
                    if (back != null) {
                        Object y = back.next();
                        if (y == DONE) {
                            back = null;
                        }
                        return y;
                    }
                    return DONE;
                }
                front = (RIter) f.call(inner);
            }
        }

        @Override
        public Object nextBack() {
            while (true) {
                if (back != null) {
                    Object x = back.nextBack();
                    if (x != DONE) {
                        return x;
                    }
                    back = null;
                }
                Object inner = in.nextBack();
                if (inner == DONE) {
                    if (front != null) {
                        Object y = front.nextBack();
                        if (y == DONE) {
                            front = null;
                        }
                        return y;
                    }
                    return DONE;
                }
                back = (RIter) f.call(inner);
            }
        }
    }

    static final class Inspect extends RIter {
        private final RIter in;
        private final RFn1 f;

        Inspect(RIter in, RFn1 f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public Object next() {
            Object x = in.next();
            if (x != DONE) {
                f.call(x);
            }
            return x;
        }

        @Override
        public Object nextBack() {
            Object x = in.nextBack();
            if (x != DONE) {
                f.call(x);
            }
            return x;
        }
    }

    static final class Scan extends RIter {
        private final RIter in;
        private final RFn1 f;
        private boolean done;

        Scan(RIter in, RFn1 f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public Object next() {
            if (done) {
                return DONE;
            }
            Object x = in.next();
            if (x == DONE) {
                return DONE;
            }
            Object y = f.call(x);
            if (y == DONE) {
                done = true;
            }
            return y;
        }
    }

    static final class Rev extends RIter {
        private final RIter in;

        Rev(RIter in) {
            this.in = in;
        }

        @Override
        public Object next() {
            return in.nextBack();
        }

        @Override
        public Object nextBack() {
            return in.next();
        }

        @Override
        public long len() {
            return in.len();
        }
    }
}
