// Generates char-props.txt for CharOpsTest: for each char predicate, the half-open code point
// ranges where rustc says it holds ("prop start end", hex), then every char whose to_uppercase /
// to_lowercase is not itself ("upper|lower cp mapped-cps", hex, comma-separated).
// Regenerate: rustc -O gen-char-props.rs -o /tmp/g && /tmp/g > char-props.txt
fn ranges(name: &str, f: impl Fn(char) -> bool) {
    let mut start: Option<u32> = None;
    for cp in 0..=0x110000u32 {
        let v = char::from_u32(cp).map(|c| f(c)).unwrap_or(false);
        match (v, start) {
            (true, None) => start = Some(cp),
            (false, Some(s)) => { println!("{} {:x} {:x}", name, s, cp); start = None; }
            _ => {}
        }
    }
}
fn mapping(name: &str, f: impl Fn(char) -> String) {
    for cp in 0..0x110000u32 {
        if let Some(c) = char::from_u32(cp) {
            let m = f(c);
            if m != c.to_string() {
                let cps: Vec<String> = m.chars().map(|x| format!("{:x}", x as u32)).collect();
                println!("{} {:x} {}", name, cp, cps.join(","));
            }
        }
    }
}
fn main() {
    ranges("alphabetic", |c| c.is_alphabetic());
    ranges("numeric", |c| c.is_numeric());
    ranges("lowercase", |c| c.is_lowercase());
    ranges("uppercase", |c| c.is_uppercase());
    ranges("whitespace", |c| c.is_whitespace());
    ranges("control", |c| c.is_control());
    mapping("upper", |c| c.to_uppercase().collect());
    mapping("lower", |c| c.to_lowercase().collect());
}
