fn main() {
    println!("tool");
}
