// suggestion-style: SHOW_ALWAYS
fn main() {
    let count = 1;
    println!("{}", cuont);
}
