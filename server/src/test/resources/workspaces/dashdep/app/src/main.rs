fn main() {
    println!("{} {}", my_util::name(), renamed::name());
}
