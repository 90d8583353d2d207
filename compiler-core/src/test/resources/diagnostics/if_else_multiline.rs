fn main() {
    let v = if true {
        1
    } else {
        "two"
    };
    println!("{}", v);
}
