fn main() {
    println!("{}", multi_target::answer());
}
