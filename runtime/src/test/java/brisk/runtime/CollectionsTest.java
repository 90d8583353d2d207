package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** Vec/slice helpers; expected renderings are rustc's ({@code {:?}}/{@code {:#?}} of {@code vec![1, 2, 3]}). */
class CollectionsTest {
    static final ValueFmt I32 = (f, v) -> Fmt.debugSigned(f, (Integer) v, 32);

    @Test
    void debugSliceCompactAndPretty() {
        RVec v = RVec.of(1, 2, 3);
        assertEquals("[1, 2, 3]", Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugSlice(f, v.asSlice(), I32)));
        assertEquals("[\n    1,\n    2,\n    3,\n]", Formatter.format(FmtSpec.PRETTY_DEBUG, f -> Fmt.debugSlice(f, v.asSlice(), I32)));
        assertEquals("[]", Formatter.format(FmtSpec.DEBUG, f -> Fmt.debugSlice(f, new RVec().asSlice(), I32)));
    }

    @Test
    void sortIsStableAndReverseWorksOnSubslices() {
        RVec v = RVec.of("b1", "a1", "b2", "a2", "c");
        v.asSlice().sortBy(Comparator.comparing(o -> ((String) o).charAt(0)));
        assertEquals("[a1, a2, b1, b2, c]", java.util.Arrays.toString(toArray(v)));
        v.slice(1, 4, "x").reverse();
        assertEquals("[a1, b2, b1, a2, c]", java.util.Arrays.toString(toArray(v)));
    }

    @Test
    void pushPopInsertRemoveTruncate() {
        RVec v = new RVec();
        for (int i = 0; i < 10; i++) {
            v.push(i);
        }
        assertEquals(9, v.pop());
        v.insert(0, -1, "x");
        assertEquals(-1, v.remove(0, "x"));
        assertEquals(0, v.swapRemove(0, "x"));
        assertEquals(8, v.get(0, "x"));
        v.truncate(3);
        assertEquals(3, v.len());
        RVec tail = v.splitOff(1, "x");
        assertEquals(1, v.len());
        assertEquals(2, tail.len());
        v.extend(tail);
        assertEquals(3, v.len());
        v.clear();
        assertEquals(null, v.pop());
    }

    private static Object[] toArray(RVec v) {
        Object[] out = new Object[(int) v.len()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.getUnchecked(i);
        }
        return out;
    }
}
