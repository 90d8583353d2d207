// Generates arith-cases.txt for ArithCasesTest: debug-build (overflow-checked) integer ops.
// Line: type <TAB> op <TAB> a <TAB> b <TAB> result-or-"panic: message". Regenerate with
//   rustc --edition 2021 gen-arith-cases.rs -o /tmp/g && /tmp/g > arith-cases.txt
// (no -O: overflow checks must stay on, as in `cargo run` debug builds).
use std::hint::black_box as bb;
use std::panic;

fn run<F: FnOnce() -> String + panic::UnwindSafe>(f: F) -> String {
    match panic::catch_unwind(f) {
        Ok(s) => s,
        Err(e) => format!("panic: {}", e.downcast_ref::<String>().cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap()),
    }
}

macro_rules! ops {
    ($t:ident, $vals:expr, signed) => {
        ops!($t, $vals, common);
        for &a in $vals.iter() {
            println!("{}\tneg\t{}\t0\t{}", stringify!($t), a, run(move || format!("{}", -bb(a))));
            println!("{}\tabs\t{}\t0\t{}", stringify!($t), a, run(move || format!("{}", bb(a).abs())));
        }
    };
    ($t:ident, $vals:expr, unsigned) => { ops!($t, $vals, common); };
    ($t:ident, $vals:expr, common) => {
        for &a in $vals.iter() {
            for &b in $vals.iter() {
                let t = stringify!($t);
                println!("{}\tadd\t{}\t{}\t{}", t, a, b, run(move || format!("{}", bb(a) + bb(b))));
                println!("{}\tsub\t{}\t{}\t{}", t, a, b, run(move || format!("{}", bb(a) - bb(b))));
                println!("{}\tmul\t{}\t{}\t{}", t, a, b, run(move || format!("{}", bb(a) * bb(b))));
                println!("{}\tdiv\t{}\t{}\t{}", t, a, b, run(move || format!("{}", bb(a) / bb(b))));
                println!("{}\trem\t{}\t{}\t{}", t, a, b, run(move || format!("{}", bb(a) % bb(b))));
                println!("{}\tsat_add\t{}\t{}\t{}", t, a, b, a.saturating_add(b));
                println!("{}\tsat_sub\t{}\t{}\t{}", t, a, b, a.saturating_sub(b));
                println!("{}\tsat_mul\t{}\t{}\t{}", t, a, b, a.saturating_mul(b));
                println!("{}\tchk_add\t{}\t{}\t{:?}", t, a, b, a.checked_add(b));
                println!("{}\tchk_sub\t{}\t{}\t{:?}", t, a, b, a.checked_sub(b));
                println!("{}\tchk_mul\t{}\t{}\t{:?}", t, a, b, a.checked_mul(b));
                println!("{}\tchk_div\t{}\t{}\t{:?}", t, a, b, a.checked_div(b));
                println!("{}\trem_euclid\t{}\t{}\t{}", t, a, b, run(move || format!("{}", bb(a).rem_euclid(bb(b)))));
                println!("{}\tdiv_euclid\t{}\t{}\t{}", t, a, b, run(move || format!("{}", bb(a).div_euclid(bb(b)))));
                println!("{}\tabs_diff\t{}\t{}\t{}", t, a, b, a.abs_diff(b));
            }
            for s in [0i64, 1, 3, 7, 8, 15, 16, 31, 32, 63, 64, 65, -1] {
                let t = stringify!($t);
                println!("{}\tshl\t{}\t{}\t{}", t, a, s, run(move || format!("{}", bb(a) << bb(s))));
                println!("{}\tshr\t{}\t{}\t{}", t, a, s, run(move || format!("{}", bb(a) >> bb(s))));
            }
            for e in [0u32, 1, 2, 3, 7, 8, 15, 31, 32, 63, 64] {
                let t = stringify!($t);
                println!("{}\tpow\t{}\t{}\t{}", t, a, e, run(move || format!("{}", bb(a).pow(bb(e)))));
            }
        }
    };
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    ops!(i8, [i8::MIN, i8::MIN + 1, -100, -2, -1, 0, 1, 2, 3, 11, 100, i8::MAX - 1, i8::MAX], signed);
    ops!(i16, [i16::MIN, -300, -1, 0, 1, 2, 181, 182, 300, i16::MAX], signed);
    ops!(i32, [i32::MIN, i32::MIN + 1, -65536, -3, -1, 0, 1, 2, 3, 46340, 46341, 65536, i32::MAX], signed);
    ops!(i64, [i64::MIN, i64::MIN + 1, -4294967296, -3, -1, 0, 1, 2, 3, 3037000499, 3037000500, 4294967296, i64::MAX], signed);
    ops!(u8, [0u8, 1, 2, 3, 15, 16, 100, 128, 254, 255], unsigned);
    ops!(u16, [0u16, 1, 2, 255, 256, 300, 32768, 65535], unsigned);
    ops!(u32, [0u32, 1, 2, 3, 65535, 65536, 2147483648, 3000000000, u32::MAX - 1, u32::MAX], unsigned);
    ops!(u64, [0u64, 1, 2, 3, 4294967295, 4294967296, 1 << 63, 18446744073709551000, u64::MAX - 1, u64::MAX], unsigned);
}
