package brisk.runtime.iter;

/** {@code Peekable}: remembers one pulled item (or the end) until {@code next} takes it. */
public final class Peekable extends RIter {
    private final RIter in;
    /** The peeked item, {@link #DONE} for a peeked end, null when nothing is peeked. */
    private Object peeked;
    private boolean hasPeeked;

    Peekable(RIter in) {
        this.in = in;
    }

    @Override
    public Object next() {
        if (hasPeeked) {
            hasPeeked = false;
            Object x = peeked;
            peeked = null;
            return x;
        }
        return in.next();
    }

    /** The next item without consuming it, or {@link #DONE}. */
    public Object peek() {
        if (!hasPeeked) {
            peeked = in.next();
            hasPeeked = true;
        }
        return peeked;
    }

    @Override
    public Object nth(long n) {
        if (hasPeeked) {
            if (peeked == DONE) {
                return DONE;
            }
            hasPeeked = false;
            Object x = peeked;
            peeked = null;
            return n == 0 ? x : in.nth(n - 1);
        }
        return in.nth(n);
    }
}
