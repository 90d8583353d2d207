fn takes(a: i32, b: &str) -> i32 {
    a + b.len() as i32
}

fn main() {
    takes(1, 2);
}
