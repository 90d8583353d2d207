package brisk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brisk.base.FileId;
import brisk.db.Database;
import brisk.db.Durability;
import brisk.items.ItemQueries;
import brisk.project.ProjectInputs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hover signatures are Rust syntax rebuilt from the item tree: every top-level item of a source, in order. */
class SignatureRendererTest {
    private static List<String> render(String source) {
        var db = new Database();
        var file = new FileId(0);
        db.set(ProjectInputs.FILE_TEXT, file, source, Durability.LOW);
        var tree = db.get(ItemQueries.ITEM_TREE, file);
        var out = new ArrayList<String>();
        for (int index : tree.topLevel()) {
            out.add(SignatureRenderer.item(tree.item(index)));
        }
        return out;
    }

    @Test
    void functions() {
        assertEquals(List.of(
                "pub fn area(w: i64, h: i64) -> i64",
                "pub(crate) const unsafe fn raw<'a, T: Clone + ?Sized>(p: *const T, s: &'a mut [u8; 4]) -> &'a T",
                "fn apply<F>(f: F) -> Option<Vec<(i32, String)>>\nwhere\n    F: Fn(i32) -> bool,",
                "async fn run(mut n: u32, (a, b): (u8, u8)) -> !",
                "extern \"C\" fn callback(f: fn(i32) -> i32, d: &dyn std::fmt::Debug) -> impl Iterator"),
                render("""
                        pub fn area(w: i64, h: i64) -> i64 { w * h }
                        pub(crate) const unsafe fn raw<'a, T: Clone + ?Sized>(p: *const T, s: &'a mut [u8; 4]) -> &'a T { todo!() }
                        fn apply<F>(f: F) -> Option<Vec<(i32, String)>> where F: Fn(i32) -> bool { None }
                        async fn run(mut n: u32, (a, b): (u8, u8)) -> ! { loop {} }
                        extern "C" fn callback(f: fn(i32) -> i32, d: &dyn std::fmt::Debug) -> impl Iterator { todo!() }
                        """));
    }

    @Test
    void typesAndImpls() {
        assertEquals(List.of(
                "pub struct Rect {\n    pub w: i64,\n    h: i64,\n}",
                "struct Meters(pub f64);",
                "struct Unit;",
                "pub enum Shape<T> {\n    Circle(T),\n    Square { side: T },\n    Empty = 3,\n}",
                "pub trait Area: Clone + Send",
                "impl<T: Copy> Area for Shape<T>",
                "type Pair<T> = (T, T);",
                "pub const LIMIT: usize",
                "static mut COUNT: u64",
                "pub mod geometry"),
                render("""
                        pub struct Rect { pub w: i64, h: i64 }
                        struct Meters(pub f64);
                        struct Unit;
                        pub enum Shape<T> { Circle(T), Square { side: T }, Empty = 3 }
                        pub trait Area: Clone + Send { fn area(&self) -> f64; }
                        impl<T: Copy> Area for Shape<T> { fn area(&self) -> f64 { 0.0 } }
                        type Pair<T> = (T, T);
                        pub const LIMIT: usize = 10;
                        static mut COUNT: u64 = 0;
                        pub mod geometry {}
                        """));
    }
}
