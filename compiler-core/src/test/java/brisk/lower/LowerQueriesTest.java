package brisk.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brisk.lower.ir.IrEntry;
import brisk.lower.ir.IrExpr;
import brisk.lower.ir.IrFunction;
import brisk.lower.ir.IrStmt;
import brisk.testing.TestWorkspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The back end's queries read what checking computed and never infer again; an edit re-lowers
 * only the fns it touched; unsupported constructs are errors, never partial programs.
 */
class LowerQueriesTest {
    private static final String MAIN = """
            fn add(a: i32, b: i32) -> i32 {
                a + b
            }

            fn twice(x: i32) -> i32 {
                add(x, x)
            }

            fn main() {
                println!("{}", twice(21));
            }
            """;

    @Test
    void buildingAfterCheckingRunsNoInference() {
        var ws = new TestWorkspace(Map.of("demo/src/main.rs", MAIN));
        assertEquals(List.of(), ws.check());
        ws.db.resetStats();
        var program = ws.db.get(LowerQueries.PROGRAM, ws.crate);
        assertEquals(List.of(), program.errors());
        assertEquals(0, ws.db.stats().executed("infer"), ws.db.stats().renderTable());
        assertEquals(3, ws.db.stats().executed("lower_fn"), ws.db.stats().renderTable());
        assertTrue(program.module().entry() instanceof IrEntry.Main);
    }

    @Test
    void anEditRelowersOnlyTheEditedFn() {
        var ws = new TestWorkspace(Map.of("demo/src/main.rs", MAIN));
        ws.check();
        ws.db.get(LowerQueries.PROGRAM, ws.crate);
        ws.edit("demo/src/main.rs", MAIN.replace("println!(\"{}\", twice(21));", "println!(\"{}\",  twice(21));"));
        ws.db.resetStats();
        ws.check();
        var program = ws.db.get(LowerQueries.PROGRAM, ws.crate);
        assertEquals(List.of(), program.errors());
        assertEquals(1, ws.db.stats().executed("lower_fn"), ws.db.stats().renderTable());
    }

    @Test
    void checkedArithmeticCarriesRustcsLocation() {
        var ws = new TestWorkspace(Map.of("demo/src/main.rs", MAIN));
        var program = ws.db.get(LowerQueries.PROGRAM, ws.crate);
        IrFunction add = program.module().functions().stream().filter(f -> f.name().equals("add")).findFirst()
                .orElseThrow();
        var ret = (brisk.lower.ir.IrTerminator.Return) add.blocks().getFirst().terminator();
        var arith = (IrExpr.Arith) ret.value();
        assertEquals("demo/src/main.rs:2:5", arith.location());
    }

    @Test
    void anUnsupportedConstructIsAnErrorAtItsSpan() {
        var ws = new TestWorkspace(Map.of("demo/src/main.rs", """
                async fn later() -> i32 {
                    1
                }
                fn main() {
                    let _ = later();
                }
                """));
        var program = ws.db.get(LowerQueries.PROGRAM, ws.crate);
        assertEquals(null, program.module());
        assertEquals(1, program.errors().size(), program.errors().toString());
        var error = program.errors().getFirst();
        assertTrue(error.message().startsWith("brisk does not support async fns"), error.message());
        assertNotNull(error.primary());
    }

    @Test
    void letUnderscoreStillEvaluatesItsInitializer() {
        var ws = new TestWorkspace(Map.of("demo/src/main.rs", """
                fn main() {
                    let x: u8 = 255;
                    let _ = x + 1;
                }
                """));
        var main = ws.db.get(LowerQueries.PROGRAM, ws.crate).module().functions().getFirst();
        boolean evaluated = main.blocks().stream().flatMap(b -> b.statements().stream())
                .anyMatch(s -> s instanceof IrStmt.Assign a && a.value() instanceof IrExpr.Arith);
        assertTrue(evaluated, main.toString());
    }

    @Test
    void aBlockTailIsLoweredOnce() {
        var ws = new TestWorkspace(Map.of("demo/src/main.rs", """
                fn main() {
                    let mut b: i64 = 0;
                    for _ in 0..2 {
                        b = b + 1;
                    }
                }
                """));
        var main = ws.db.get(LowerQueries.PROGRAM, ws.crate).module().functions().getFirst();
        long adds = main.blocks().stream().flatMap(blk -> blk.statements().stream())
                .filter(s -> s instanceof IrStmt.Assign a && a.value() instanceof IrExpr.Arith ar
                        && ar.overflow() == brisk.lower.ir.Overflow.CHECKED)
                .count();
        assertEquals(1, adds, main.toString());
    }
}
