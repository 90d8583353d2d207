// suggestion-style: SHOW_ALWAYS
struct Meters(f64);
struct Feet(f64);

fn main() {
    let m: Meters = Feet(3.0);
    let s: String = "text";
}
