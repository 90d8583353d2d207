macro_rules! square {
    ($x:expr) => { $x * $x };
    ($($t:tt)*) => {{ 0 }};
}
macro_rules! paren (() => ());
lazy_static! {
    static ref X: i32 = 1;
}
thread_local!(static Y: u8 = 0);
m![a b c];
std::println!("path");
fn macros() {
    println!("{} {}", 1, square!(2));
    let v = vec![1, 2, 3];
    let w = vec![0; 10];
    assert_eq!(v.len(), 3, "len was {}", v.len());
    m! { a => b }
    m!(x);
    format!("{x:?}").len();
    let s = concat!("a", "b");
    if matches!(x, Some(_)) {}
    write!(f, "{}", self.0)?;
}
