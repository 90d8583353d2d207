package brisk.lints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.Severity;
import brisk.testing.TestWorkspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lints as the check pipeline reports them: levels from attributes, the default-level note on the
 * first diagnostic of each lint only, and per-item incrementality (a body edit re-lints that body
 * alone; the crate-wide unused-imports pass re-runs but only reads tokens).
 */
class LintQueriesTest {
    private static final String LIB = """
            use std::collections::HashMap;

            pub fn a() {
                let x = 1;
                let y = 2;
            }

            #[allow(unused_variables)]
            pub fn b() {
                let z = 3;
            }

            #[deny(unused)]
            pub fn c() {
                let w = 4;
            }
            """;

    private static List<String> summary(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.severity().rustcName() + " " + d.code() + " " + d.message()
                + (d.children().stream().anyMatch(c -> c.message().contains("on by default")
                        || c.message().contains("lint level is defined here")) ? " +note" : "")).toList();
    }

    @Test
    void levelsAndNotes() {
        var ws = new TestWorkspace(Map.of("demo/src/lib.rs", LIB));
        assertEquals(List.of(
                "warning unused_imports unused import: `std::collections::HashMap` +note",
                "warning unused_variables unused variable: `x` +note",
                "warning unused_variables unused variable: `y`",
                "error unused_variables unused variable: `w` +note"), summary(ws.check()));
    }

    @Test
    void aBodyEditRelintsThatBodyOnly() {
        var ws = new TestWorkspace(Map.of("demo/src/lib.rs", LIB));
        ws.check();
        ws.db.resetStats();
        ws.edit("demo/src/lib.rs", LIB.replace("let y = 2;", "let y = 2;\n    let v = y;"));
        var diagnostics = ws.check();
        assertTrue(summary(diagnostics).contains("warning unused_variables unused variable: `v`"), summary(diagnostics).toString());
        assertEquals(1, ws.db.stats().executed("item_lints"), ws.db.stats().renderTable());
        assertTrue(diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR && d.message().contains("`y`")));
    }
}
