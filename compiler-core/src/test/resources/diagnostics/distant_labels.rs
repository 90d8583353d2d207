fn answer() -> i32 {
    let a = 1;
    let b = 2;
    let c = 3;
    println!("{} {} {}", a, b, c);
    "forty-two"
}

fn main() {
    println!("{}", answer());
}
