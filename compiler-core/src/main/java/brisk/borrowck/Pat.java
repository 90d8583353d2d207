package brisk.borrowck;

import java.math.BigInteger;
import java.util.List;

/**
 * A pattern as the exhaustiveness check sees it (rustc's deconstructed pattern): a wildcard, an
 * or-pattern, or a constructor applied to field patterns. Bindings are wildcards.
 */
sealed interface Pat {
    Pat WILD = new Wild();

    record Wild() implements Pat {}

    record Or(List<Pat> alternatives) implements Pat {
        public Or {
            alternatives = List.copyOf(alternatives);
        }
    }

    record Ctor(Con con, List<Pat> fields) implements Pat {
        public Ctor {
            fields = List.copyOf(fields);
        }
    }

    /** A constructor of a type: an enum variant, a bool value, the single constructor of a product, an integer range. */
    sealed interface Con {}

    record Variant(int index) implements Con {}

    record Bool(boolean value) implements Con {}

    /** The only constructor of a tuple, struct or reference ({@code &p}). */
    record Single() implements Con {}

    /** Integers {@code lo..=hi}. */
    record Range(BigInteger lo, BigInteger hi) implements Con {
        boolean contains(Range other) {
            return lo.compareTo(other.lo) <= 0 && other.hi.compareTo(hi) <= 0;
        }
    }
}
