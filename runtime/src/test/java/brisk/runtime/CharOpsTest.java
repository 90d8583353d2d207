package brisk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link CharOps} over every code point with rustc's answers (char-props.txt). Known
 * Unicode-version differences between the JDK and rustc would show up here as mismatches.
 */
class CharOpsTest {

    @Test
    void predicatesAndCaseMappingMatchRustcForAllChars() throws IOException {
        Map<String, boolean[]> props = new HashMap<>();
        Map<String, Map<Integer, String>> maps = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/char-props.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split(" ");
                if (p[0].equals("upper") || p[0].equals("lower")) {
                    StringBuilder sb = new StringBuilder();
                    for (String cp : p[2].split(",")) {
                        sb.appendCodePoint(Integer.parseInt(cp, 16));
                    }
                    maps.computeIfAbsent(p[0], k -> new HashMap<>()).put(Integer.parseInt(p[1], 16), sb.toString());
                } else {
                    boolean[] set = props.computeIfAbsent(p[0], k -> new boolean[0x110000]);
                    for (int c = Integer.parseInt(p[1], 16), e = Integer.parseInt(p[2], 16); c < e; c++) {
                        set[c] = true;
                    }
                }
            }
        }
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "alphabetic", props.get("alphabetic"), CharOps::isAlphabetic);
        check(mismatches, "numeric", props.get("numeric"), CharOps::isNumeric);
        check(mismatches, "lowercase", props.get("lowercase"), CharOps::isLowercase);
        check(mismatches, "uppercase", props.get("uppercase"), CharOps::isUppercase);
        check(mismatches, "whitespace", props.get("whitespace"), CharOps::isWhitespace);
        check(mismatches, "control", props.get("control"), CharOps::isControl);
        checkMap(mismatches, "upper", maps.get("upper"), c -> codePoints(CharOps.toUppercase(c)));
        checkMap(mismatches, "lower", maps.get("lower"), c -> codePoints(CharOps.toLowercase(c)));
        assertEquals(List.of(), mismatches.subList(0, Math.min(30, mismatches.size())), mismatches.size() + " mismatches");
    }

    private static String codePoints(int[] cps) {
        StringBuilder sb = new StringBuilder();
        for (int c : cps) {
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    private static void check(List<String> out, String name, boolean[] expected, IntPredicate actual) {
        for (int c = 0; c < 0x110000; c++) {
            if (c >= 0xD800 && c < 0xE000) {
                continue;
            }
            if (expected[c] != actual.test(c)) {
                out.add(name + " U+" + Integer.toHexString(c) + " rustc=" + expected[c]);
            }
        }
    }

    private static void checkMap(List<String> out, String name, Map<Integer, String> expected, IntFunction<String> actual) {
        for (int c = 0; c < 0x110000; c++) {
            if (c >= 0xD800 && c < 0xE000) {
                continue;
            }
            String want = expected.getOrDefault(c, Character.toString(c));
            String got = actual.apply(c);
            if (!want.equals(got)) {
                out.add(name + " U+" + Integer.toHexString(c) + " rustc=" + want.codePoints().mapToObj(Integer::toHexString).toList()
                        + " brisk=" + got.codePoints().mapToObj(Integer::toHexString).toList());
            }
        }
    }
}
