// suggestion-style: SHOW_ALWAYS use `let _ = ...` to ignore the resulting value
#[allow(dead_code)]
enum Shape {
    Circle,
    Square,
}

fn DoThing() {}

fn main() {
    let MyValue = 1;
    let _ = MyValue;
    DoThing();
    let v = vec![1, 2];
    v.iter().map(|x| x * 2);
}
