// suggestion-style: SHOW_ALWAYS consider dereferencing here
struct K(u32);
fn main() {
    let mut v = vec![K(1)];
    v.sort();
    let s: std::collections::HashSet<K> = std::collections::HashSet::new();
    let t = std::thread::spawn(std::rc::Rc::new(1));
}
