package brisk.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.db.QueryStats;
import brisk.testing.TestWorkspace;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promise of the query database, asserted by counting: an edit inside one function body
 * re-parses that file and re-resolves that body only; item trees are re-derived but equal
 * (backdated), so name resolution and every other function are reused.
 */
class IncrementalCheckTest {
    private static final String LIB = """
            pub mod shapes;

            pub fn area(w: i64, h: i64) -> i64 {
                let a = w * h;
                a
            }
            """;
    private static final String SHAPES = """
            use crate::area;

            pub struct Rect { pub w: i64, pub h: i64 }

            pub fn rect_area(r: &Rect) -> i64 {
                area(r.w, r.h)
            }

            pub fn square(s: i64) -> i64 {
                let r = Rect { w: s, h: s };
                rect_area(&r)
            }
            """;

    private TestWorkspace ws;

    @BeforeEach
    void checkOnce() {
        ws = new TestWorkspace(Map.of("demo/src/lib.rs", LIB, "demo/src/shapes.rs", SHAPES));
        assertEquals(java.util.List.of(), ws.check());
        ws.db.resetStats();
    }

    @Test
    void whitespaceInsideABodyReparsesOneFileAndNothingElse() {
        ws.edit("demo/src/shapes.rs", SHAPES.replace("let r = Rect", "let   r =   Rect"));
        assertEquals(java.util.List.of(), ws.check());
        assertBodyEditCounts(ws.db.stats());
    }

    @Test
    void aNewStatementInsideABodyReresolvesThatBodyOnly() {
        ws.edit("demo/src/shapes.rs", SHAPES.replace("let r = Rect", "let unused = s + 1;\n    let r = Rect"));
        assertEquals(java.util.List.of(), ws.check());
        assertBodyEditCounts(ws.db.stats());
    }

    @Test
    void aTypeErrorInOneBodyIsReportedAndOnlyThatBodyIsRechecked() {
        ws.edit("demo/src/shapes.rs", SHAPES.replace("rect_area(&r)", "rect_area(&missing)"));
        var diagnostics = ws.check();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        assertEquals("E0425", diagnostics.getFirst().code());
        assertBodyEditCounts(ws.db.stats());
    }

    private static void assertBodyEditCounts(QueryStats stats) {
        assertEquals(1, stats.executed("parse"), "only the edited file is parsed again\n" + stats.renderTable());
        assertEquals(1, stats.executed("item_tree"), stats.renderTable());
        assertEquals(1, stats.backdated("item_tree"), "its item tree is equal: early cutoff\n" + stats.renderTable());
        assertEquals(0, stats.executed("def_map"), "name resolution is reused\n" + stats.renderTable());
        assertEquals(0, stats.executed("signature_diagnostics"), stats.renderTable());
        assertEquals(1, stats.executed("body_resolution"), "only the edited body\n" + stats.renderTable());
        assertTrue(stats.reused("body_resolution") >= 2, "the other bodies are reused\n" + stats.renderTable());
        assertEquals(1, stats.executed("infer"), "only the edited body is type-checked again\n" + stats.renderTable());
        assertEquals(0, stats.executed("fn_signature"), "signatures are reused\n" + stats.renderTable());
        assertEquals(0, stats.executed("impl_index"), stats.renderTable());
    }
}
