package brisk.runtime.iter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import brisk.runtime.RStr;
import brisk.runtime.RVec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The erased iterators against std's semantics (the run fixtures iter_* check the same behaviour against rustc end to end). */
class RIterTest {
    private static List<Object> all(RIter it) {
        var out = new ArrayList<>();
        for (Object x = it.next(); x != RIter.DONE; x = it.next()) {
            out.add(x);
        }
        return out;
    }

    @Test
    void rangesNeverStepPastTheirEnd() {
        assertEquals(List.of(0, 1, 2), all(Sources.rangeInt(0, 3, false, false)));
        assertEquals(List.of(253, 254, 255), all(Sources.rangeInt(253, 255, true, true)));
        assertEquals(List.of(5, 4, 3), all(Sources.rangeInt(3, 5, true, false).rev()));
        assertEquals(List.of(), all(Sources.rangeLong(5, 1, true, false)));
        assertEquals(List.of(0, 3, 6, 9), all(Sources.rangeInt(0, 10, false, false).stepBy(3, "x")));
        assertEquals(List.of(-1L, 0L), all(Sources.rangeLong(-1, 1, false, false)));
    }

    @Test
    void adaptersPullLazilyInStdOrder() {
        var log = new ArrayList<String>();
        RIter it = Sources.vec(RVec.of(1, 2, 3, 4))
                .map(x -> {
                    log.add("map " + x);
                    return (Integer) x * 10;
                })
                .filter(x -> {
                    log.add("filter " + x);
                    return (Integer) x != 20;
                });
        assertEquals(List.of(), log);
        assertEquals(10, it.next());
        assertEquals(30, it.next());
        assertEquals(List.of("map 1", "filter 10", "map 2", "filter 20", "map 3", "filter 30"), log);
    }

    @Test
    void takeSkipChainZipFlatMapPeek() {
        RIter nums = Sources.rangeInt(1, 10, false, false);
        assertEquals(List.of(3, 4), all(nums.skip(2).take(2)));
        assertEquals(List.of(1, 2, 7, 8), all(Sources.rangeInt(1, 3, false, false).chain(Sources.rangeInt(7, 9, false, false))));
        assertEquals(List.of("1:a", "2:b"), all(Sources.rangeInt(1, 5, false, false)
                .zip(Sources.chars(RStr.of("ab")), (a, b) -> a + ":" + Character.toString((Integer) b))));
        assertEquals(List.of(1, 2, 2), all(Sources.rangeInt(1, 3, false, false)
                .flatMap(n -> Sources.once(n).chain((Integer) n == 2 ? Sources.once(n) : Sources.empty()))));
        Peekable p = (Peekable) Sources.rangeInt(0, 2, false, false).peekable();
        assertEquals(0, p.peek());
        assertEquals(0, p.next());
        assertEquals(1, p.next());
        assertSame(RIter.DONE, p.peek());
        assertSame(RIter.DONE, p.next());
    }

    @Test
    void stringsAndCollect() {
        assertEquals(List.of(0x61, 0xF1, 0x62), all(Sources.chars(RStr.of("añb"))));
        assertEquals(List.of(0x61, 0xC3, 0xB1, 0x62), all(Sources.bytes(RStr.of("añb"))));
        assertEquals(List.of("0 97", "1 241", "3 98"), all(Sources.charIndices(RStr.of("añb"), (i, c) -> i + " " + c)));
        assertEquals("bña", Collect.string(Sources.chars(RStr.of("añb")).rev()).toString());
        RVec v = Collect.vec(Sources.rangeInt(0, 3, false, false));
        assertEquals(3L, v.len());
        VecOps.retain(v, x -> (Integer) x != 1);
        assertEquals(List.of(0, 2), all(Sources.vec(v)));
    }
}
