// Generates cast-cases.txt for CastCasesTest: `value as T` between all primitive types.
// Line: source-type <TAB> source-value <TAB> target-type <TAB> result. Floats are written as
// their bit pattern in hex (0x...), chars as their code point, bools as true/false.
// Regenerate: rustc --edition 2021 gen-cast-cases.rs -o /tmp/g && /tmp/g > cast-cases.txt
trait Enc { fn enc(&self) -> String; }
macro_rules! enc_int { ($($t:ty)*) => { $(impl Enc for $t { fn enc(&self) -> String { format!("{}", self) } })* } }
enc_int!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);
impl Enc for f32 { fn enc(&self) -> String { format!("0x{:x}", self.to_bits()) } }
impl Enc for f64 { fn enc(&self) -> String { format!("0x{:x}", self.to_bits()) } }
impl Enc for char { fn enc(&self) -> String { format!("{}", *self as u32) } }
impl Enc for bool { fn enc(&self) -> String { format!("{}", self) } }

macro_rules! all_targets {
    ($src:ident, $vals:expr) => {
        for v in $vals {
            let v: $src = v;
            for_each_target!($src, v);
        }
    };
}
macro_rules! for_each_target {
    ($src:ident, $v:expr) => {
        let v = $v;
        println!("{}\t{}\ti8\t{}", stringify!($src), v.enc(), (v as i8).enc());
        println!("{}\t{}\ti16\t{}", stringify!($src), v.enc(), (v as i16).enc());
        println!("{}\t{}\ti32\t{}", stringify!($src), v.enc(), (v as i32).enc());
        println!("{}\t{}\ti64\t{}", stringify!($src), v.enc(), (v as i64).enc());
        println!("{}\t{}\tu8\t{}", stringify!($src), v.enc(), (v as u8).enc());
        println!("{}\t{}\tu16\t{}", stringify!($src), v.enc(), (v as u16).enc());
        println!("{}\t{}\tu32\t{}", stringify!($src), v.enc(), (v as u32).enc());
        println!("{}\t{}\tu64\t{}", stringify!($src), v.enc(), (v as u64).enc());
        println!("{}\t{}\tf32\t{}", stringify!($src), v.enc(), (v as f32).enc());
        println!("{}\t{}\tf64\t{}", stringify!($src), v.enc(), (v as f64).enc());
    };
}
fn main() {
    all_targets!(i8, [i8::MIN, -1, 0, 1, i8::MAX]);
    all_targets!(i16, [i16::MIN, -129, -1, 0, 128, 255, 256, i16::MAX]);
    all_targets!(i32, [i32::MIN, -65537, -129, -1, 0, 200, 65535, 65536, 16777217, i32::MAX]);
    all_targets!(i64, [i64::MIN, -4294967297, -1, 0, 255, 4294967295, 4294967296, 9007199254740993, i64::MAX]);
    all_targets!(u8, [0u8, 1, 127, 128, 255]);
    all_targets!(u16, [0u16, 255, 256, 32768, 65535]);
    all_targets!(u32, [0u32, 255, 65536, 2147483648, 16777217, 4294967295]);
    all_targets!(u64, [0u64, 255, 4294967296, 1 << 63, (1 << 63) + 1025, 9007199254740993, 18446744073709550591, u64::MAX]);
    all_targets!(f32, [0.0f32, -0.0, 0.5, -0.5, 1.5, -1.5, 127.9, 128.0, 255.5, -129.0, 65535.9, 2147483648.0,
        4294967296.0, 1e19, 1.8446744e19, 1e20, -1e20, f32::NAN, f32::INFINITY, f32::NEG_INFINITY, f32::MIN_POSITIVE]);
    all_targets!(f64, [0.0f64, -0.0, 0.9999, -0.9999, 1.5, 127.9, 128.0, -128.9, -129.0, 255.99, 256.0, 65535.5,
        -32768.9, 2147483647.9, 2147483648.0, -2147483649.0, 4294967295.5, 4294967296.0, 9.3e18, 9.3e18 * 2.0,
        1.8446744073709552e19, 1e300, f64::NAN, -f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 3.4028235677973366e38,
        3.4028235e38, 1e-50, 16777217.0, 0.1]);
    for c in ['\0', 'a', 'ÿ', 'Ā', '€', '😀', '\u{10ffff}'] {
        println!("char\t{}\tu8\t{}", c.enc(), (c as u8).enc());
        println!("char\t{}\tu16\t{}", c.enc(), (c as u16).enc());
        println!("char\t{}\tu32\t{}", c.enc(), (c as u32).enc());
        println!("char\t{}\ti8\t{}", c.enc(), (c as i8).enc());
        println!("char\t{}\ti64\t{}", c.enc(), (c as i64).enc());
    }
    for b in [0u8, 65, 200, 255] { println!("u8\t{}\tchar\t{}", b, (b as char).enc()); }
    for b in [true, false] {
        println!("bool\t{}\ti32\t{}", b, (b as i32).enc());
        println!("bool\t{}\tu64\t{}", b, (b as u64).enc());
    }
}
