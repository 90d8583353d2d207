// suggestion-style: SHOW_ALWAYS
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let total = add(1);
    let more = add(1, 2, 3);
}
