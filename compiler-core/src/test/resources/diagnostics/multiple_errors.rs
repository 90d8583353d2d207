fn main() {
    let a: i32 = "one";
    let b = missing;
    let c: bool = 1;
    let d = undefined_fn(a);
}
