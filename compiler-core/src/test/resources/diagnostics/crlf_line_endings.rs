fn main() {
    let total: i32 =
        "crlf";
    println!("{}", total);
}
