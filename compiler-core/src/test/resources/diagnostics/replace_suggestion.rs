fn main() {
    let v: Vec<i32> = Vec::new();
    let n: usize = 5;
    let total: i32 = v.len() + n;
    println!("{}", total);
}
