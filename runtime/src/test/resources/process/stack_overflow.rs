fn f(n: u64) -> u64 {
    if n == 0 { 0 } else { 1 + f(std::hint::black_box(n - 1)) + std::hint::black_box(0) }
}
fn main() {
    println!("before");
    print!("partial");
    eprintln!("err");
    println!("{}", f(std::hint::black_box(100_000_000)));
}
