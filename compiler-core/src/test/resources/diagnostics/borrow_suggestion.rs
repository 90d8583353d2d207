// suggestion-style: SHOW_ALWAYS consider borrowing here
fn takes(s: &String) -> usize {
    s.len()
}

fn main() {
    let name = String::from("brisk");
    let n = takes(name);
    println!("{}", n);
}
