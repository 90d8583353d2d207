fn main() {
    let text = "abc";
    let n: usize = text;
    let r = n;
    match r {
        0 => {}
        _ => {}
    }
    let s: &str = r;
}
