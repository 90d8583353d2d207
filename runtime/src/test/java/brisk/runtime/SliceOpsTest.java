package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SliceOps; expected values are rustc 1.95's (see fixtures/run/slice_methods.rs). */
class SliceOpsTest {
    @Test
    void binarySearchPicksCoresIndexAmongEquals() {
        RVec v = RVec.of(1, 3, 5, 8, 9);
        assertEquals(3, SliceOps.binarySearch(v, 8, SliceOps.NATURAL));
        assertEquals(-2 - 1, SliceOps.binarySearch(v, 4, SliceOps.NATURAL));
        assertEquals(-5 - 1, SliceOps.binarySearch(v, 100, SliceOps.NATURAL));
        assertEquals(4, SliceOps.binarySearch(RVec.of(1, 2, 2, 2, 2, 3), 2, SliceOps.NATURAL));
        assertEquals(-1, SliceOps.binarySearch(new RVec(), 1, SliceOps.NATURAL));
    }

    @Test
    void sortOrdersUnsignedAndStrings() {
        RVec big = RVec.of(-1L, 1L, 0L);
        SliceOps.sort(big, SliceOps.UNSIGNED);
        assertEquals(0L, big.getUnchecked(0));
        assertEquals(-1L, big.getUnchecked(2));
        RVec words = RVec.of(RStr.of("pear"), RStr.of("apple"), RStr.of("fig"));
        SliceOps.sort(words, SliceOps.NATURAL);
        assertEquals("apple, fig, pear", SliceOps.join(words.asSlice(), RStr.of(", ")).toString());
    }

    @Test
    void dedupContainsAndPrefixes() {
        RVec v = RVec.of(1, 3, 3, 5, 3);
        SliceOps.dedup(v);
        assertEquals(4, v.len());
        assertTrue(SliceOps.contains(v, 5));
        assertFalse(SliceOps.contains(v, 7));
        assertTrue(SliceOps.startsWith(v.asSlice(), RVec.of(1, 3).asSlice()));
        assertTrue(SliceOps.endsWith(v.asSlice(), RVec.of(3).asSlice()));
        assertFalse(SliceOps.endsWith(RVec.of(1).asSlice(), RVec.of(0, 1).asSlice()));
    }

    @Test
    void toVecClonesStringsOnly() {
        RString s = RString.from("x");
        RVec copy = SliceOps.toVec(RVec.of(s), true);
        assertNotSame(s, copy.getUnchecked(0));
        assertEquals(s, copy.getUnchecked(0));
    }

    @Test
    void splitAtChecksTheMidpoint() {
        Panic p = assertThrows(Panic.class, () -> SliceOps.checkSplitAt(3, 2, "src/main.rs:1:1"));
        assertEquals("mid > len", p.message());
    }
}
