package brisk.resolve;

import java.util.Collection;
import java.util.Locale;

/**
 * rustc's typo matching ({@code find_best_match_for_name}): a case-insensitive exact match
 * first, else the first candidate (in sorted order) with the smallest optimal-string-alignment
 * edit distance within a third of the name's length.
 */
final class Typos {
    private Typos() {}

    /** The best candidate for {@code lookup}, or null; {@code sortedCandidates} in name order. */
    static String bestMatch(Collection<String> sortedCandidates, String lookup) {
        String upper = lookup.toUpperCase(Locale.ROOT);
        for (String c : sortedCandidates) {
            if (c.toUpperCase(Locale.ROOT).equals(upper)) {
                return c;
            }
        }
        int dist = Math.max(lookup.codePointCount(0, lookup.length()), 3) / 3;
        String best = null;
        for (String c : sortedCandidates) {
            int d = editDistance(lookup, c, dist);
            if (d == 0) {
                return c;
            }
            if (d > 0) {
                dist = d - 1;
                best = c;
            }
        }
        return best;
    }

    /** Edit distance with adjacent transpositions, or -1 when it exceeds {@code limit}. */
    static int editDistance(String first, String second, int limit) {
        int[] a = first.codePoints().toArray();
        int[] b = second.codePoints().toArray();
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int minDist = a.length - b.length;
        if (minDist > limit) {
            return -1;
        }
        int start = 0;
        while (start < b.length && a[start] == b[start]) {
            start++;
        }
        int aEnd = a.length;
        int bEnd = b.length;
        while (bEnd > start && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int n = aEnd - start;
        int m = bEnd - start;
        if (m == 0) {
            return minDist <= limit ? minDist : -1;
        }
        int[] prevPrev = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] current = new int[m + 1];
        java.util.Arrays.fill(prevPrev, Integer.MAX_VALUE / 2);
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int ai = a[start + i - 1];
            for (int j = 1; j <= m; j++) {
                int bj = b[start + j - 1];
                int cost = ai == bj ? 0 : 1;
                current[j] = Math.min(prev[j] + 1, Math.min(current[j - 1] + 1, prev[j - 1] + cost));
                if (i > 1 && j > 1 && ai == b[start + j - 2] && a[start + i - 2] == bj) {
                    current[j] = Math.min(current[j], prevPrev[j - 2] + 1);
                }
            }
            int[] t = prevPrev;
            prevPrev = prev;
            prev = current;
            current = t;
        }
        int distance = prev[m];
        return distance <= limit ? distance : -1;
    }
}
