// suggestion-style: SHOW_ALWAYS
fn main() {
    let x = 5;
    let r: &mut i32 = &x;
    if x = 5 {
        println!("{}", r);
    }
}
