// suggestion-style: SHOW_ALWAYS
fn take(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let data = vec![1, 2, 3];
    for _ in 0..2 {
        let n = take(data);
        println!("{}", n);
    }
}
