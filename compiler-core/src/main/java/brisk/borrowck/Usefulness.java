package brisk.borrowck;

import brisk.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * rustc's exhaustiveness algorithm (Maranget's usefulness with witnesses, as in
 * {@code rustc_pattern_analysis}): the rows of a match (one pattern vector per unguarded arm) and
 * the column types give the witnesses of values no row matches, in rustc's order (present
 * constructors first, then the missing ones). A column of an {@link Space.Opaque} type tested by a
 * non-wildcard pattern throws {@link GiveUp}: brisk then reports nothing for the match.
 */
final class Usefulness {
    /** The match uses patterns brisk does not analyse. */
    static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private final Space.Types types;

    Usefulness(Space.Types types) {
        this.types = types;
    }

    /** Witnesses of values matched by no row; empty when the rows are exhaustive. */
    List<List<Pat>> missing(List<List<Pat>> rows, List<Ty> columnTypes, boolean scrutinee) {
        return missing(rows, columnTypes, scrutinee, true);
    }

    /**
     * {@code relevant} is rustc's relevancy: below a present constructor of a column that also
     * misses constructors, values are already witnessed by the missing ones, so none are reported.
     */
    private List<List<Pat>> missing(List<List<Pat>> rows, List<Ty> columnTypes, boolean scrutinee, boolean relevant) {
        if (columnTypes.isEmpty()) {
            return rows.isEmpty() && relevant ? List.of(List.of()) : List.of();
        }
        rows = expandOr(rows);
        var space = types.of(columnTypes.getFirst());
        var rest = columnTypes.subList(1, columnTypes.size());
        var heads = new ArrayList<Pat.Ctor>();
        for (var row : rows) {
            if (row.getFirst() instanceof Pat.Ctor c) {
                heads.add(c);
            }
        }
        if (space instanceof Space.Opaque) {
            if (!heads.isEmpty()) {
                throw new GiveUp();
            }
            return prepend(Pat.WILD, missing(defaultRows(rows), rest, false, relevant));
        }
        List<Pat.Con> all = space instanceof Space.Int i ? split(i, heads) : Space.Types.constructors(space);
        var present = new ArrayList<Pat.Con>();
        var absent = new ArrayList<Pat.Con>();
        for (var con : all) {
            (heads.stream().anyMatch(h -> covers(h.con(), con)) ? present : absent).add(con);
        }
        var out = new ArrayList<List<Pat>>();
        for (var con : present) {
            var fieldTypes = types.fields(space, con);
            var specialized = new ArrayList<List<Pat>>();
            for (var row : rows) {
                var head = row.getFirst();
                if (head instanceof Pat.Ctor c && !covers(c.con(), con)) {
                    continue;
                }
                var next = new ArrayList<Pat>(head instanceof Pat.Ctor c ? c.fields() : wilds(fieldTypes.size()));
                next.addAll(row.subList(1, row.size()));
                specialized.add(next);
            }
            var columns = new ArrayList<>(fieldTypes);
            columns.addAll(rest);
            for (var w : missing(specialized, columns, false, relevant && absent.isEmpty())) {
                var witness = new ArrayList<Pat>();
                witness.add(new Pat.Ctor(con, w.subList(0, fieldTypes.size())));
                witness.addAll(w.subList(fieldTypes.size(), w.size()));
                out.add(witness);
            }
        }
        if (!absent.isEmpty()) {
            boolean individually = (scrutinee && !(space instanceof Space.Int)) || !present.isEmpty();
            for (var w : missing(defaultRows(rows), rest, false, relevant)) {
                if (individually) {
                    for (var con : absent) {
                        out.add(cons(new Pat.Ctor(con, wilds(types.fields(space, con).size())), w));
                    }
                } else {
                    out.add(cons(Pat.WILD, w));
                }
            }
        }
        return out;
    }

    private static boolean covers(Pat.Con pattern, Pat.Con con) {
        if (pattern instanceof Pat.Range r && con instanceof Pat.Range piece) {
            return r.contains(piece);
        }
        return pattern.equals(con);
    }

    /** The type's range cut at every boundary of the column's ranges: each piece is covered wholly or not at all. */
    private static List<Pat.Con> split(Space.Int space, List<Pat.Ctor> heads) {
        var cuts = new TreeSet<BigInteger>();
        cuts.add(space.min());
        cuts.add(space.max().add(BigInteger.ONE));
        for (var h : heads) {
            if (h.con() instanceof Pat.Range r) {
                cuts.add(r.lo().max(space.min()));
                cuts.add(r.hi().add(BigInteger.ONE).min(space.max().add(BigInteger.ONE)));
            }
        }
        var out = new ArrayList<Pat.Con>();
        BigInteger previous = null;
        for (var cut : cuts) {
            if (previous != null) {
                out.add(new Pat.Range(previous, cut.subtract(BigInteger.ONE)));
            }
            previous = cut;
        }
        return out;
    }

    private static List<List<Pat>> expandOr(List<List<Pat>> rows) {
        var out = new ArrayList<List<Pat>>();
        for (var row : rows) {
            expandInto(row, out);
        }
        return out;
    }

    private static void expandInto(List<Pat> row, List<List<Pat>> out) {
        if (row.getFirst() instanceof Pat.Or or) {
            for (var alt : or.alternatives()) {
                var next = new ArrayList<Pat>(row.size());
                next.add(alt);
                next.addAll(row.subList(1, row.size()));
                expandInto(next, out);
            }
        } else {
            out.add(row);
        }
    }

    private static List<List<Pat>> defaultRows(List<List<Pat>> rows) {
        var out = new ArrayList<List<Pat>>();
        for (var row : rows) {
            if (row.getFirst() instanceof Pat.Wild) {
                out.add(row.subList(1, row.size()));
            }
        }
        return out;
    }

    private static List<List<Pat>> prepend(Pat head, List<List<Pat>> witnesses) {
        return witnesses.stream().map(w -> cons(head, w)).toList();
    }

    private static List<Pat> cons(Pat head, List<Pat> tail) {
        var out = new ArrayList<Pat>(tail.size() + 1);
        out.add(head);
        out.addAll(tail);
        return out;
    }

    static List<Pat> wilds(int n) {
        return java.util.Collections.nCopies(n, Pat.WILD);
    }
}
