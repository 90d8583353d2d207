fn main() {
    println!("line");
    print!("partial");
    std::process::exit(3);
}
