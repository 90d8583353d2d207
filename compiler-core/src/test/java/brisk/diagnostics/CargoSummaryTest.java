package brisk.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** cargo 1.95's summary lines, as observed by running cargo build/test on small projects. */
class CargoSummaryTest {

    private static CargoUnit unit(String kind, String name, boolean test) {
        return new CargoUnit("foo", CargoUnit.Kind.valueOf(kind), name, test);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            BIN     | foo | false | 1 | 0 | 1 | warning: `foo` (bin "foo") generated 1 warning (run `cargo fix --bin "foo" -p foo` to apply 1 suggestion)
            BIN     | foo | false | 3 | 0 | 2 | warning: `foo` (bin "foo") generated 3 warnings (run `cargo fix --bin "foo" -p foo` to apply 2 suggestions)
            BIN     | foo | false | 1 | 0 | 0 | warning: `foo` (bin "foo") generated 1 warning
            BIN     | foo | false | 2 | 0 | 0 | warning: `foo` (bin "foo") generated 2 warnings
            LIB     |     | false | 1 | 0 | 1 | warning: `foo` (lib) generated 1 warning (run `cargo fix --lib -p foo` to apply 1 suggestion)
            LIB     |     | true  | 1 | 1 | 0 | warning: `foo` (lib test) generated 1 warning (1 duplicate)
            BIN     | foo | false | 1 | 1 | 0 | warning: `foo` (bin "foo") generated 1 warning (1 duplicate)
            BIN     | foo | true  | 1 | 0 | 0 | warning: `foo` (bin "foo" test) generated 1 warning
            TEST    | it  | false | 2 | 0 | 1 | warning: `foo` (test "it") generated 2 warnings (run `cargo fix --test "it" -p foo` to apply 1 suggestion)
            LIB     |     | true  | 1 | 0 | 1 | warning: `foo` (lib test) generated 1 warning (run `cargo fix --lib -p foo --tests` to apply 1 suggestion)
            BIN     | foo | true  | 1 | 0 | 1 | warning: `foo` (bin "foo" test) generated 1 warning (run `cargo fix --bin "foo" -p foo --tests` to apply 1 suggestion)
            """)
    void warningsGenerated(String kind, String name, boolean test, int warnings, int duplicates, int fixable,
            String expected) {
        assertEquals(expected + "\n",
                CargoSummary.warningsGenerated(unit(kind, name, test), warnings, duplicates, fixable, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            BIN | foo | false | 1 | 0 | error: could not compile `foo` (bin "foo") due to 1 previous error
            LIB |     | false | 2 | 0 | error: could not compile `foo` (lib) due to 2 previous errors
            LIB |     | true  | 2 | 0 | error: could not compile `foo` (lib test) due to 2 previous errors
            BIN | foo | false | 1 | 2 | error: could not compile `foo` (bin "foo") due to 1 previous error; 2 warnings emitted
            BIN | foo | true  | 1 | 0 | error: could not compile `foo` (bin "foo" test) due to 1 previous error
            """)
    void couldNotCompile(String kind, String name, boolean test, int errors, int warnings, String expected) {
        assertEquals(expected + "\n", CargoSummary.couldNotCompile(unit(kind, name, test), errors, warnings, false));
    }

    @Test
    void coloursLikeCargoOnATerminal() {
        assertEquals("\u001b[1m\u001b[33mwarning\u001b[0m: `foo` (lib test) generated 1 warning"
                        + " (run `cargo fix --lib -p foo --tests` to apply 1 suggestion)\n",
                CargoSummary.warningsGenerated(unit("LIB", null, true), 1, 0, 1, true));
        assertEquals("\u001b[1m\u001b[91merror\u001b[0m: could not compile `foo` (bin \"foo\") due to 1 previous error\n",
                CargoSummary.couldNotCompile(unit("BIN", "foo", false), 1, 0, true));
    }
}
