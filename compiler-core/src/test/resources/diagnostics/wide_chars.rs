fn main() {
    let s = "日本語のテキスト"; let n: i32 = s;
    println!("{}", n);
}
