package brisk.lints;

import java.util.List;

/** rustc's "a field with a similar name exists": the closest name within an edit distance of a third of the length. */
final class Similar {
    private Similar() {}

    static String best(String name, List<String> candidates) {
        int limit = Math.max(name.length(), 3) / 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var c : candidates) {
            if (c.equalsIgnoreCase(name)) {
                return c;
            }
            int d = distance(name, c);
            if (d <= limit && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
