package brisk.resolve;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import brisk.testing.TestWorkspace;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever text the user has typed, the pipeline up to name resolution answers with
 * diagnostics and never throws. Thousands of seeded random edits (deleted ranges, inserted
 * tokens and characters, truncations) of valid Rust, checked incrementally like an editor does.
 */
class RandomEditsTest {
    private static final String LIB = """
            pub mod shapes;
            use std::collections::HashMap;
            use crate::shapes::{Rect, area as rect_area};

            #[derive(Debug, Clone, Copy, PartialEq)]
            pub struct Point<T> where T: Copy { pub x: T, pub y: T }

            pub enum Shape { Circle(i64), Rect { w: i64, h: i64 }, Empty }

            pub trait Measure { fn measure(&self) -> i64; fn twice(&self) -> i64 { self.measure() * 2 } }

            impl Measure for Shape {
                fn measure(&self) -> i64 {
                    match self {
                        Shape::Circle(r) => r * r * 3,
                        Shape::Rect { w, h } if *w > 0 => w * h,
                        _ => 0,
                    }
                }
            }

            pub fn total<T: Measure>(items: &[T]) -> i64 {
                let mut s = 0;
                for it in items { s += it.measure(); }
                let m: HashMap<String, i64> = HashMap::new();
                let f = |x: i64| x + s;
                println!("{} {s:>4} {:?}", f(1), m);
                'outer: loop { if s > 3 { break 'outer; } s += 1; }
                s + rect_area(&Rect { w: 1, h: 2 })
            }

            #[cfg(test)]
            mod tests {
                use super::*;
                #[test]
                fn adds() { assert_eq!(total::<Shape>(&[]), 2); }
            }
            """;
    private static final String SHAPES = """
            pub struct Rect { pub w: i64, pub h: i64 }
            pub fn area(r: &Rect) -> i64 { r.w * r.h }
            impl Rect { pub fn new(w: i64, h: i64) -> Self { Self { w, h } } }
            """;
    private static final String[] TOKENS = {"fn", "{", "}", "(", ")", "<", ">", "::", ";", "let", "mod", "use",
            "impl", "struct", "enum", "match", "=>", "|", "'a", "\"", "r#\"", "/*", "*/", "#[", "]", "é", "\u0000",
            "self", "super", "crate", "pub(in", "..=", "?", "as", "dyn", "&mut", "x", "0x1f", "1e", "'", "!", "\n"};

    @Test
    void randomEditsNeverThrow() {
        var random = new Random(20261125);
        var ws = new TestWorkspace(Map.of("demo/src/lib.rs", LIB, "demo/src/shapes.rs", SHAPES));
        assertNotNull(ws.check());
        for (int i = 0; i < 2000; i++) {
            String path = random.nextInt(4) == 0 ? "demo/src/shapes.rs" : "demo/src/lib.rs";
            String base = path.endsWith("lib.rs") ? LIB : SHAPES;
            ws.edit(path, mutate(base, random, 1 + random.nextInt(3)));
            assertNotNull(ws.check(), "iteration " + i);
        }
    }

    private static String mutate(String text, Random random, int edits) {
        var sb = new StringBuilder(text);
        for (int e = 0; e < edits && !sb.isEmpty(); e++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(20)));
                case 1 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> sb.insert(at, (char) (32 + random.nextInt(95)));
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }
}
