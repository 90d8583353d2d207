package brisk.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inference of small bodies: the type of chosen expressions and bindings, and the errors reported. */
class InferenceTest {
    private static String typeOf(String source, String fn, String expr) {
        return InferenceFixture.types(source, fn).get(expr);
    }

    @Test
    void integerLiteralsTakeTheExpectedTypeOrFallBackToI32() {
        String src = """
                pub fn f(x: i64) -> i64 {
                    let a = 1;
                    let b = 2;
                    let c = 2.5;
                    x + a + c as i64 + b * 0
                }
                """;
        assertEquals("i64", typeOf(src, "f", "let a"));
        assertEquals("i64", typeOf(src, "f", "let b"));
        assertEquals("f64", typeOf(src, "f", "let c"));
        String fallback = "pub fn g() { let n = 7; let _ = n; }";
        assertEquals("i32", typeOf(fallback, "g", "let n"));
    }

    @Test
    void iteratorAdaptersInferClosureParametersFromTheirBounds() {
        String src = """
                pub fn f(v: &[i64]) -> i64 {
                    let s: i64 = v.iter().map(|y| y * 2).filter(|y| y % 2 == 0).sum();
                    s
                }
                """;
        var types = InferenceFixture.types(src, "f");
        assertEquals("Map<Iter<i64>, {closure}>", types.get("v.iter().map(|y| y * 2)"));
        assertEquals("&i64", types.get("let y"));
        assertEquals("i64", types.get("y * 2"));
        assertEquals("i64", types.get("v.iter().map(|y| y * 2).filter(|y| y % 2 == 0).sum()"));
    }

    @Test
    void matchOnAReferenceBindsByReference() {
        String src = """
                pub enum Shape { Circle(i64), Named(String) }
                pub fn area(s: &Shape) -> i64 {
                    match s {
                        Shape::Circle(r) => r * r,
                        Shape::Named(name) => name.len() as i64,
                    }
                }
                """;
        var types = InferenceFixture.types(src, "area");
        assertEquals("&i64", types.get("let r"));
        assertEquals("&String", types.get("let name"));
        assertEquals("i64", types.get("r * r"));
    }

    @Test
    void methodsResolveThroughAutoderefTraitsAndBoxedTraitObjects() {
        String src = """
                pub trait Measure { fn measure(&self) -> i64; fn twice(&self) -> i64 { self.measure() * 2 } }
                pub struct P { pub a: i64 }
                impl P { pub fn new(a: i64) -> Self { P { a } } }
                impl Measure for P { fn measure(&self) -> i64 { self.a } }
                pub fn f() -> i64 {
                    let items: Vec<Box<dyn Measure>> = vec![Box::new(P::new(1))];
                    let mut s = 0;
                    for it in items.iter() {
                        s += it.twice();
                    }
                    s
                }
                """;
        var types = InferenceFixture.types(src, "f");
        assertEquals("&Box<dyn Measure>", types.get("let it"));
        assertEquals("i64", types.get("it.twice()"));
        assertEquals("i64", types.get("let mut s"));
        assertEquals("Vec<Box<dyn Measure>>", types.get("let items"));
    }

    @Test
    void questionMarkUnwrapsAndProjectionsWaitForTheirSelfType() {
        String src = """
                pub fn f(s: &str) -> Result<i32, std::num::ParseIntError> {
                    let n: i32 = s.trim().parse()?;
                    let m = s.parse::<u8>();
                    Ok(n)
                }
                """;
        var types = InferenceFixture.types(src, "f");
        assertEquals("Result<u8, ParseIntError>", types.get("let m"));
        assertEquals("i32", types.get("s.trim().parse()?"));
    }

    @Test
    void oneMistakeGivesOneError() {
        String src = """
                pub struct P { pub x: i64 }
                pub fn f(p: P) -> i64 {
                    let y = p.z;
                    y + 1 + p.nothing()
                }
                """;
        assertEquals(List.of("E0609 no field `z` on type `P`", "E0599 no method named `nothing` found for struct `P`"
                + " in the current scope"), InferenceFixture.errors(src));
    }

    @Test
    void stdMethodsBriskDoesNotModelAreNamedAsUnsupported() {
        String src = "pub fn f(v: Vec<u8>) { v.shrink_to_fit(); }";
        assertEquals(List.of("null brisk does not support the method `shrink_to_fit` of `Vec<u8>` yet"),
                InferenceFixture.errors(src));
    }
}
