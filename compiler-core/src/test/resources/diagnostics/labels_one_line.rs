fn main() {
    let a = "x";
    let b = 1;
    let c = a + b;
    println!("{}", c);
}
