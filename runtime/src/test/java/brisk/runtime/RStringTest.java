package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** String buffer mechanics: byte lengths, growth, mutation, content equality across RStr/RString. */
class RStringTest {

    @Test
    void writeStrSurvivesExactCapacityWithSurrogatePairs() {
        RString s = RString.withCapacity(104);
        s.pushStr("x".repeat(100));
        s.pushStr("😀a");
        assertEquals("x".repeat(100) + "😀a", s.toString());
        assertEquals(105, s.len());
    }

    @Test
    void lengthsAreBytesAndCharsAreCodePoints() {
        RString s = RString.from("aé😀");
        assertEquals(7, s.len());
        assertEquals(3, s.asStr().charCount());
        assertEquals(0x1F600, s.pop());
        assertEquals('é', s.pop());
        s.push('ß');
        s.insert(0, '¡', "x");
        assertEquals("¡aß", s.toString());
        assertEquals('a', s.remove(2, "x"));
        s.insertStr(2, RStr.of("--"), "x");
        assertEquals("¡--ß", s.toString());
        s.truncate(2, "x");
        assertEquals("¡", s.toString());
        assertEquals(-1, new RString().pop());
    }

    @Test
    void contentEqualityHashAndOrderAgreeAcrossViews() {
        RString owned = RString.from("héllo");
        RStr view = RStr.of("xhéllox").slice(1, 7, "x");
        assertEquals(owned, view);
        assertEquals(view, owned);
        assertEquals(owned.hashCode(), view.hashCode());
        assertTrue(RStr.of("a").compareTo(RStr.of("é")) < 0);
        assertTrue(RStr.of("é").compareTo(RStr.of("😀")) < 0, "byte order equals code point order");
        assertTrue(RStr.of("ab").compareTo(RStr.of("abc")) < 0);
    }

    @Test
    void charsIterateBothEnds() {
        Chars it = RStr.of("aé😀b").chars();
        assertEquals('a', it.next());
        assertEquals('b', it.nextBack());
        assertEquals(0x1F600, it.nextBack());
        assertEquals(3, it.offset());
        assertEquals("é", it.asStr().toString());
        assertEquals('é', it.next());
        assertEquals(-1, it.next());
        assertEquals(-1, it.nextBack());
    }
}
