package brisk.runtime;

import java.util.Arrays;

/** Decoded {@link CharTables}: range sets for predicates and sorted maps for case mapping. */
final class UnicodeTable {
    private UnicodeTable() {}

    static final int[] ALPHABETIC = ranges(CharTables.ALPHABETIC);
    static final int[] NUMERIC = ranges(CharTables.NUMERIC);
    static final int[] LOWERCASE = ranges(CharTables.LOWERCASE);
    static final int[] UPPERCASE = ranges(CharTables.UPPERCASE);
    static final int[] CONTROL = ranges(CharTables.CONTROL);
    static final CaseMap TO_UPPER = caseMap(CharTables.TO_UPPER);
    static final CaseMap TO_LOWER = caseMap(CharTables.TO_LOWER);

    /** Sorted keys with the code points each maps to. */
    record CaseMap(int[] keys, int[][] values) {
        /** The mapping of {@code c}, or null when it maps to itself. */
        int[] get(int c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? values[i] : null;
        }
    }

    private static int[] ranges(String[] chunks) {
        String[] parts = String.join(" ", chunks).split(" ");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    private static CaseMap caseMap(String[] chunks) {
        String[] parts = String.join(" ", chunks).split(" ");
        int n = parts.length / 2;
        int[] keys = new int[n];
        int[][] values = new int[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = Integer.parseInt(parts[2 * i], 16);
            String[] mapped = parts[2 * i + 1].split(",");
            values[i] = new int[mapped.length];
            for (int k = 0; k < mapped.length; k++) {
                values[i][k] = Integer.parseInt(mapped[k], 16);
            }
        }
        return new CaseMap(keys, values);
    }

    /** Whether {@code c} lies in one of the flattened half-open {@code ranges}. */
    static boolean contains(int[] ranges, int c) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (c >= ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
