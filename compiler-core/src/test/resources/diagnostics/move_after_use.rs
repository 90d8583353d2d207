// suggestion-style: SHOW_ALWAYS
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hi");
    let a = consume(s);
    let b = consume(s);
    println!("{} {}", a, b);
}
