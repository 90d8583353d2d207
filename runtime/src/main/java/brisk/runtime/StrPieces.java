package brisk.runtime;

import brisk.runtime.iter.RIter;
import brisk.runtime.iter.Sources;

/**
 * The splitting iterators of {@code str} ({@code split}, {@code rsplit}, {@code splitn},
 * {@code split_terminator}, {@code split_whitespace}, {@code lines}) and char case mapping
 * ({@code to_uppercase}/{@code to_lowercase}) as {@link RIter}s over pieces {@link StrOps} and
 * {@link CharOps} compute eagerly: splitting has no side effects, so collecting first is
 * unobservable. Pieces are {@code RStr}s, chars boxed {@code Integer}s, both double-ended.
 */
public final class StrPieces {
    private StrPieces() {}

    private static RIter of(Object[] pieces) {
        // A plain Object[]: the slice source never stores, but an RStr[] would reject any other element.
        return Sources.slice(RSlice.of(java.util.Arrays.copyOf(pieces, pieces.length, Object[].class)));
    }

    public static RIter split(RStr s, RStr p) {
        return of(StrOps.split(s, p));
    }

    public static RIter rsplit(RStr s, RStr p) {
        return of(StrOps.rsplit(s, p));
    }

    public static RIter splitn(RStr s, long n, RStr p) {
        return of(StrOps.splitn(s, n, p));
    }

    public static RIter splitTerminator(RStr s, RStr p) {
        return of(StrOps.splitTerminator(s, p));
    }

    public static RIter splitWhitespace(RStr s) {
        return of(StrOps.splitWhitespace(s));
    }

    public static RIter lines(RStr s) {
        return of(StrOps.lines(s));
    }

    /** {@code c.to_uppercase()} / {@code to_lowercase()}: the one to three chars of the mapping. */
    public static RIter caseMapping(int c, boolean upper) {
        return new CaseMapping(upper ? CharOps.toUppercase(c) : CharOps.toLowercase(c));
    }

    /** Display of a case mapping: its remaining chars, written without padding (as core's). */
    public static void displayCaseMapping(Formatter f, RIter it) {
        CaseMapping m = (CaseMapping) it;
        for (int i = m.front; i < m.back; i++) {
            f.writeChar(m.chars[i]);
        }
    }

    /** The iterator of a char's case mapping, double-ended and exact-size like core's. */
    private static final class CaseMapping extends RIter {
        private final int[] chars;
        private int front;
        private int back;

        CaseMapping(int[] chars) {
            this.chars = chars;
            this.back = chars.length;
        }

        @Override
        public Object next() {
            return front < back ? (Object) chars[front++] : DONE;
        }

        @Override
        public Object nextBack() {
            return front < back ? (Object) chars[--back] : DONE;
        }

        @Override
        public long len() {
            return back - front;
        }
    }

    /** {@code c.to_uppercase().to_string()} (their Display): the mapped chars as a String. */
    public static RString caseMappedString(int c, boolean upper) {
        RString out = new RString();
        for (int m : upper ? CharOps.toUppercase(c) : CharOps.toLowercase(c)) {
            out.push(m);
        }
        return out;
    }
}
