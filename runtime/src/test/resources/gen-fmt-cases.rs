// Generates fmt-cases.txt: the oracle table for FmtCasesTest. Each line is
//   kind <TAB> spec <TAB> value <TAB> expected
// where spec is the text after ':' in `{:spec}`, value is encoded per kind (ints in decimal,
// floats as their bit pattern in hex, char as its code point, str as hex of its UTF-8 bytes),
// and expected is rustc's output with `\` `\n` `\t` escaped as `\\` `\n` `\t` and other ASCII
// control chars as `\u{hex}`.
// Regenerate with: sh gen-fmt-cases.sh
fn esc(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
fn emit(kind: &str, spec: &str, value: String, out: String) {
    println!("{}\t{}\t{}\t{}", kind, spec, value, esc(&out));
}
fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{:02x}", b)).collect()
}
macro_rules! cases {
    ($kind:expr, $vals:expr, $enc:expr, [$($spec:literal),* $(,)?]) => {
        for v in $vals {
            $( emit($kind, $spec, $enc(v), format!(concat!("{:", $spec, "}"), v)); )*
        }
    };
}
macro_rules! int_cases {
    ($kind:expr, $vals:expr) => {
        cases!($kind, $vals, |v| format!("{}", v), [
            "", "?", "5", "<5", "^7", ">3", "+", "+05", "05", "#x", "#X", "#o", "#b", "x", "X",
            "o", "b", "#010x", "08b", "e", "E", ".2e", ".0e", "10.3e", "+e", "x?", "#X?", "*^9",
            "-^9", "#?", "<+6", "^+8", "010?", ".3", "#<10x", "+.1e", "012.2E", "^#12b",
        ]);
    };
}
macro_rules! float_cases {
    ($kind:expr, $ty:ty, $vals:expr) => {
        cases!($kind, $vals, |v: $ty| format!("{:x}", v.to_bits()), [
            "", "?", ".0", ".1", ".2", ".3", ".10", "8.3", "08.3", "+", "+.1", "e", "E", ".2e",
            ".0e", ".3E", "12e", "#?", "10?", "010?", "+?", ".2?", "<10", "^10", "*>10.1",
            "010", "+010.2", ".20", "12.4e", "+08e", "08", "-08.2",
        ]);
    };
}
fn main() {
    int_cases!("i8", [i8::MIN, -1, 0, 1, 127, 42]);
    int_cases!("i16", [i16::MIN, i16::MAX, -300]);
    int_cases!("i32", [i32::MIN, i32::MAX, -1, 0, 7, 255, 1000, 1255, 12500, 12501, 99999, -995]);
    int_cases!("i64", [i64::MIN, i64::MAX, -1234567890123, 1250000000000000]);
    int_cases!("u8", [0u8, 255, 10]);
    int_cases!("u16", [65535u16, 0x1234]);
    int_cases!("u32", [u32::MAX, 3000000000, 100]);
    int_cases!("u64", [u64::MAX, 1u64 << 63, 1200, 9999999999, 18446744073709551610]);
    float_cases!("f64", f64, [
        0.1 + 0.2, 1e21, 1e-7, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0, 0.0, 1.0, -1.5,
        1e15, 1e16, 1e17, 123456789.125, 0.3, 1e-5, 1e-4, 9.999e-5, 1e300, 5e-324, 1e-320,
        f64::MAX, f64::MIN_POSITIVE, 0.5, 2.5, 0.125, 0.375, -0.04, 3.14159, 100.0, 1234.5,
        9.5, 0.05, 2.0f64.powi(60), 1.0 / 3.0, 2e-323, 4.35, 7e22, 9007199254740993.0,
        0.000123456, 98765.4321, -123.0, 1e7, 12345678.0, 0.1,
    ]);
    float_cases!("f32", f32, [
        0.1f32, 1.0 / 3.0, 16777216.0, 1e20, 1e-7, f32::MAX, f32::MIN_POSITIVE, 1e-45,
        f32::NAN, f32::NEG_INFINITY, -0.0, 2.5, 0.3, 7e-3, 1.1, 3.4e38, 123456.79, 1e16, 9.9e15,
    ]);
    // Pseudo-random bit patterns (fixed LCG seed) stress shortest round-trip and exact rendering.
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    let mut next = move || { seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407); seed };
    let doubles: Vec<f64> = (0..400).map(|_| f64::from_bits(next())).filter(|v| v.is_finite()).collect();
    let floats: Vec<f32> = (0..400).map(|_| f32::from_bits((next() >> 32) as u32)).filter(|v| v.is_finite()).collect();
    let small: Vec<f64> = (0..200).map(|_| (next() % 2_000_000) as f64 / 1000.0 - 1000.0).collect();
    cases!("f64", doubles, |v: f64| format!("{:x}", v.to_bits()), ["", "?", "e", ".3e", ".17"]);
    cases!("f32", floats, |v: f32| format!("{:x}", v.to_bits()), ["", "?", "e", ".3e"]);
    cases!("f64", small, |v: f64| format!("{:x}", v.to_bits()), ["", "?", ".0", ".1", ".2", ".5", "e", ".1e"]);
    cases!("char", ['a', '\n', '\'', '"', '\u{301}', 'é', '\u{7f}', '\0', '\\', '😀', '\u{200b}', '\t', '\u{a0}', '\u{ad}', ' ', '\u{e000}', '\u{10ffff}', '\u{ff9e}', 'ß'],
        |v: char| format!("{}", v as u32),
        ["", "?", "5", "<5", "^5", ">5", "*^6", ".0", "#?", "5?", "05"]);
    cases!("str", ["", "ab", "é", "a\"b\n", "héllo wörld", "\u{301}x", "tab\there", "'q'", "😀😀", "\u{1b}[0m", "e\u{301}\u{302}", "\r\0\u{7f}\u{80}\u{9f}\u{a0}", "\u{feff}BOM", "\u{2028}\u{2029}", "日本語"],
        |v: &str| hex(v),
        ["", "?", "8", "<8", "^8", ">8", "-^9", ".2", "8.2", "^8.3", "#?", "10?", ".0"]);
    cases!("bool", [true, false], |v: bool| format!("{}", v), ["", "?", "7", "^7", ".2", "<7?", "+"]);
    cases!("unit", [()], |_| String::from("()"), ["?", "5?", "^6?", "#?", "*<4?"]);
}
