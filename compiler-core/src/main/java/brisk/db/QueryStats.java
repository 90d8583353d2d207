package brisk.db;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable copy of the per-query counters of a {@link Database}, keyed by query name.
 *
 * <ul>
 *   <li>{@code executed}: the compute function (or, for a cycle participant, its recovery) ran to
 *       completion; cancelled or failed runs are not counted.
 *   <li>{@code reused}: a memo from an earlier revision was revalidated without running, either by the
 *       durability shortcut or by walking its dependencies. Repeated reads at one revision count nothing.
 *   <li>{@code backdated}: an execution produced a value equal to the old one, so its change revision was
 *       kept and dependents were not invalidated (early cutoff). Also counted in {@code executed}.
 * </ul>
 */
public final class QueryStats {
    private static final long[] ZERO = new long[3];
    private final Map<String, long[]> counts;

    QueryStats(Map<String, long[]> counts) {
        this.counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    public long executed(String queryName) {
        return counts.getOrDefault(queryName, ZERO)[0];
    }

    public long reused(String queryName) {
        return counts.getOrDefault(queryName, ZERO)[1];
    }

    public long backdated(String queryName) {
        return counts.getOrDefault(queryName, ZERO)[2];
    }

    /** Names of every query used in the database, sorted. */
    public Set<String> queryNames() {
        return counts.keySet();
    }

    /** A text table {@code query | executed | reused | backdated}, one row per query, sorted by name. */
    public String renderTable() {
        String[] header = {"query", "executed", "reused", "backdated"};
        int nameWidth = header[0].length();
        for (String name : counts.keySet()) {
            nameWidth = Math.max(nameWidth, name.length());
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, nameWidth, header[0], header[1], header[2], header[3]);
        for (Map.Entry<String, long[]> row : counts.entrySet()) {
            long[] c = row.getValue();
            appendRow(out, nameWidth, row.getKey(), Long.toString(c[0]), Long.toString(c[1]), Long.toString(c[2]));
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, int nameWidth, String name, String executed, String reused,
            String backdated) {
        out.append(name).append(" ".repeat(nameWidth - name.length()));
        out.append(" | ").append(leftPad(executed, 8));
        out.append(" | ").append(leftPad(reused, 6));
        out.append(" | ").append(leftPad(backdated, 9));
        out.append('\n');
    }

    private static String leftPad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    @Override
    public String toString() {
        return renderTable();
    }
}
