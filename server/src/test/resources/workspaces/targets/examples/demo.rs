fn main() {
    println!("demo");
}
