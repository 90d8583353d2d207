// Oracle for DebugBuildersTest: `rustc debug-derive.rs && ./debug-derive > debug-derive.out`.
use std::collections::BTreeMap;
#[derive(Debug)] struct Point { x: i32, y: f64 }
#[derive(Debug)] struct Unit;
#[derive(Debug)] struct Wrap(i32, String);
#[derive(Debug)] enum E { A, B(i32), C { p: Point, v: Vec<u8> } }
#[derive(Debug)] struct Empty {}
fn main() {
    let p = Point { x: 1, y: 2.5 };
    let mut m = BTreeMap::new(); m.insert("k1", vec![1, 2]); m.insert("k2", vec![]);
    let e = E::C { p: Point { x: -3, y: 0.0 }, v: vec![7] };
    let t = (1, "a", 'c');
    let one = (5,);
    let o: Option<Option<i32>> = Some(None);
    let r: Result<i32, String> = Err("bad".into());
    let nested = vec![vec![1], vec![]];
    macro_rules! both { ($($x:expr),*) => { $( println!("{:?}", $x); println!("{:#?}", $x); )* } }
    both!(p, Unit, Wrap(3, "s".into()), E::A, E::B(4), e, m, t, one, o, r, nested, Empty {}, (), ((),), [0u8; 0]);
    println!("[{:5?}]", Point { x: 1, y: 2.0 });
    println!("[{:>4?}]", Some(1));
    println!("{:#x?}", vec![255, 16]);
}
