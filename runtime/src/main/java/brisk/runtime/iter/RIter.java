package brisk.runtime.iter;

import brisk.runtime.RFn1;
import brisk.runtime.RFn2;

/**
 * A Rust iterator, erased: every std iterator type (slice and Vec iterators, ranges, chars, every
 * adapter) is an {@code RIter} yielding boxed items (see {@link brisk.runtime.RFn1} for the
 * boxing). Pull-based and lazy exactly like std: an adapter calls its closure only when an item is
 * pulled through it, so side effects happen in rustc's order. {@link #next} returns {@link #DONE}
 * when exhausted; {@link #nextBack} is the {@code DoubleEndedIterator} end (compiled code calls it
 * only on iterators whose Rust type is double-ended). Consumers (sum, fold, min, ...) are compiled
 * as loops over {@link #next}, so they keep the item's exact arithmetic; collecting into a Vec or
 * String is {@link Collect}.
 */
public abstract class RIter {
    /** The end marker: never a Rust value (those are boxed scalars, runtime objects or null for unit). */
    public static final Object DONE = new Object() {
        @Override
        public String toString() {
            return "DONE";
        }
    };

    /** The next item, or {@link #DONE}. */
    public abstract Object next();

    /** The next item from the back, or {@link #DONE}. */
    public Object nextBack() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is not double-ended");
    }

    /** Exact remaining length ({@code ExactSizeIterator::len}); only called on exact-size iterators. */
    public long len() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no exact size");
    }

    public static Object done() {
        return DONE;
    }

    public static boolean isDone(Object item) {
        return item == DONE;
    }

    public RIter map(RFn1 f) {
        return new Adapters.Map(this, f);
    }

    public RIter filter(RFn1 p) {
        return new Adapters.Filter(this, p);
    }

    /** {@code filter_map}: {@code f} returns an item or {@link #DONE} for {@code None} (lower unwraps the Option). */
    public RIter filterMap(RFn1 f) {
        return new Adapters.FilterMap(this, f);
    }

    public RIter enumerate(RFn2 pair) {
        return new Adapters.Enumerate(this, pair);
    }

    public RIter zip(RIter other, RFn2 pair) {
        return new Adapters.Zip(this, other, pair);
    }

    public RIter chain(RIter other) {
        return new Adapters.Chain(this, other);
    }

    public RIter take(long n) {
        return new Adapters.Take(this, n);
    }

    public RIter skip(long n) {
        return new Adapters.Skip(this, n);
    }

    public RIter stepBy(long step, String loc) {
        return new Adapters.StepBy(this, step, loc);
    }

    public RIter takeWhile(RFn1 p) {
        return new Adapters.TakeWhile(this, p);
    }

    public RIter skipWhile(RFn1 p) {
        return new Adapters.SkipWhile(this, p);
    }

    /** {@code flat_map}/{@code flatten}: {@code f} maps an item to an {@code RIter} (lower converts the IntoIterator). */
    public RIter flatMap(RFn1 f) {
        return new Adapters.FlatMap(this, f);
    }

    public RIter inspect(RFn1 f) {
        return new Adapters.Inspect(this, f);
    }

    /** {@code scan}: {@code f(state, item)} returns the next item or {@link #DONE}; the state lives in a cell lower made. */
    public RIter scan(RFn1 f) {
        return new Adapters.Scan(this, f);
    }

    public RIter rev() {
        return new Adapters.Rev(this);
    }

    public RIter peekable() {
        return new Peekable(this);
    }

    /** {@code nth}: skips {@code n} items and returns the next, or {@link #DONE}. */
    public Object nth(long n) {
        for (long i = 0; i < n; i++) {
            if (next() == DONE) {
                return DONE;
            }
        }
        return next();
    }
}
