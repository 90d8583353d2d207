fn main() {
    let value = undefined_name + 1;
    println!("{}", value);
}
