package brisk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    enum Color { RED, GREEN }

    record Point(int x, long y, String label, Color color, List<Point> children) {}

    private static final Fingerprinter FINGERPRINTER = Fingerprinter.standard();

    private static final Point SAMPLE = new Point(1, -2L, "p", Color.GREEN,
            List.of(new Point(3, 4L, null, Color.RED, List.of())));

    private static String hex(Object value) {
        Fingerprint f = FINGERPRINTER.of(value);
        return String.format("%016x%016x", f.high(), f.low());
    }

    /**
     * Constants computed once: a fingerprint that changes between runs (an identity hash, an iteration
     * order) or by accident (a change to the hash) fails here, and would silently invalidate every cache.
     */
    @Test
    void fingerprintsAreStableAcrossRuns() {
        assertEquals(List.of("c61a7891d62e4a2ff929872fa95f7913", "8e201ada61288659040a2391b46b97d2",
                        "d147aca649c03f6f8a377e3175ff64c7", "b0d5551754e27ab3a523ba6ad58a3637"),
                List.of(hex(SAMPLE), hex("hello, world"), hex(null), hex(Map.of("a", 1, "b", 2))));
    }

    @Test
    void equalValuesHaveEqualFingerprints() {
        var hashMap = new HashMap<String, Integer>();
        var treeMap = new TreeMap<String, Integer>();
        for (int i = 0; i < 100; i++) {
            hashMap.put("k" + i, i);
            treeMap.put("k" + (99 - i), 99 - i);
        }
        assertEquals(FINGERPRINTER.of(hashMap), FINGERPRINTER.of(treeMap));
        var set = new HashSet<>(List.of("x", "y", "z"));
        var linked = new LinkedHashSet<>(List.of("z", "y", "x"));
        assertEquals(FINGERPRINTER.of(set), FINGERPRINTER.of(linked));
        assertEquals(FINGERPRINTER.of(List.of(1, 2)), FINGERPRINTER.of(new java.util.ArrayList<>(List.of(1, 2))));
        assertEquals(FINGERPRINTER.of(Optional.of("a")), FINGERPRINTER.of(Optional.of(new String("a"))));
    }

    @Test
    void differentValuesHaveDifferentFingerprints() {
        assertNotEquals(FINGERPRINTER.of(List.of(1, 2)), FINGERPRINTER.of(List.of(2, 1)));
        assertNotEquals(FINGERPRINTER.of("ab"), FINGERPRINTER.of("ba"));
        assertNotEquals(FINGERPRINTER.of(1), FINGERPRINTER.of(1L));
        assertNotEquals(FINGERPRINTER.of(Color.RED), FINGERPRINTER.of(Color.GREEN));
        assertNotEquals(FINGERPRINTER.of(List.of("a", "b")), FINGERPRINTER.of(List.of("ab")));
        assertNotEquals(FINGERPRINTER.of(new int[] {1}), FINGERPRINTER.of(new long[] {1}));
    }

    @Test
    void classesWithoutARuleAreUnsupported() {
        assertNull(FINGERPRINTER.of(new Object()));
        assertNull(FINGERPRINTER.of(List.of(new StringBuilder("x"))));
    }

    @Test
    void rulesHashCustomClasses() {
        Fingerprinter withRule = FINGERPRINTER.with(StringBuilder.class, (sb, h) -> h.putString(sb.toString()));
        assertEquals(withRule.of(new StringBuilder("x")), withRule.of(new StringBuilder("x")));
        assertNotEquals(withRule.of(new StringBuilder("x")), withRule.of(new StringBuilder("y")));
    }

    record Segment(Point2 from, Point2 to, String label, Color color, List<Integer> marks, Long weight) {}

    record Point2(int x, long y, boolean visible) {}

    @Test
    void recordCodecRoundTrips() {
        Codec<Segment> codec = Codecs.of(Segment.class);
        for (Segment segment : List.of(
                new Segment(new Point2(-1, Long.MIN_VALUE, true), new Point2(Integer.MAX_VALUE, 7, false), "s\u00e9g",
                        Color.RED, List.of(1, -2, 300000), 5L),
                new Segment(null, new Point2(0, 0, false), null, null, List.of(), null))) {
            BinaryWriter out = new BinaryWriter();
            codec.write(out, segment);
            byte[] bytes = out.toByteArray();
            assertEquals(segment, codec.read(new BinaryReader(bytes, 0, bytes.length)));
        }
    }

    sealed interface Shape permits Circle, Group {}

    record Circle(int radius) implements Shape {}

    record Group(List<Shape> members, Shape focus) implements Shape {}

    @Test
    void recursiveAndSealedTypesRoundTrip() {
        roundTrip(Codecs.of(Point.class), SAMPLE);
        Shape shape = new Group(List.of(new Circle(1), new Group(List.of(), new Circle(2))), null);
        roundTrip(Codecs.of(Shape.class), shape);
    }

    private static <T> void roundTrip(Codec<T> codec, T value) {
        BinaryWriter out = new BinaryWriter();
        codec.write(out, value);
        byte[] bytes = out.toByteArray();
        assertEquals(value, codec.read(new BinaryReader(bytes, 0, bytes.length)));
    }
}
