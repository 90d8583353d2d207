fn main() {
    let s = "héllo wörld ✓"; let n: i32 = s;
    println!("{}", n);
}
