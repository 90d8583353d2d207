// suggestion-style: SHOW_ALWAYS
fn main() {
    let v = vec![1, 2, 3];
    for i in 0..v.len() {
        let x: String = v[i];
    }
    let t = (1, 2);
    let (a, b, c) = t;
}
