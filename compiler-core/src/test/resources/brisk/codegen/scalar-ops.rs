// Generates scalar-ops.txt, the rustc oracle for ScalarOpsTest: rustc -O scalar-ops.rs && ./scalar-ops > scalar-ops.txt
macro_rules! int_ops {
    ($t:ident, $vals:expr) => {{
        let vals: Vec<$t> = $vals;
        let ty = stringify!($t);
        for &a in &vals {
            println!("neg {} {} - {}", ty, a, a.wrapping_neg());
            println!("not {} {} - {}", ty, a, !a);
            for &b in &vals {
                println!("add {} {} {} {}", ty, a, b, a.wrapping_add(b));
                println!("sub {} {} {} {}", ty, a, b, a.wrapping_sub(b));
                println!("mul {} {} {} {}", ty, a, b, a.wrapping_mul(b));
                if b != 0 {
                    println!("div {} {} {} {}", ty, a, b, a.wrapping_div(b));
                    println!("rem {} {} {} {}", ty, a, b, a.wrapping_rem(b));
                }
                println!("and {} {} {} {}", ty, a, b, a & b);
                println!("or {} {} {} {}", ty, a, b, a | b);
                println!("xor {} {} {} {}", ty, a, b, a ^ b);
                println!("lt {} {} {} {}", ty, a, b, a < b);
                println!("le {} {} {} {}", ty, a, b, a <= b);
                println!("gt {} {} {} {}", ty, a, b, a > b);
                println!("ge {} {} {} {}", ty, a, b, a >= b);
                println!("eq {} {} {} {}", ty, a, b, a == b);
                println!("ne {} {} {} {}", ty, a, b, a != b);
            }
            for s in [0u32, 1, 3, 7, 8, 15, 16, 31, 32, 63, 64, 100] {
                println!("shl {} {} {} {}", ty, a, s, a.wrapping_shl(s));
                println!("shr {} {} {} {}", ty, a, s, a.wrapping_shr(s));
            }
            println!("cast {} {} i8 {}", ty, a, a as i8);
            println!("cast {} {} i16 {}", ty, a, a as i16);
            println!("cast {} {} i32 {}", ty, a, a as i32);
            println!("cast {} {} i64 {}", ty, a, a as i64);
            println!("cast {} {} isize {}", ty, a, a as isize);
            println!("cast {} {} u8 {}", ty, a, a as u8);
            println!("cast {} {} u16 {}", ty, a, a as u16);
            println!("cast {} {} u32 {}", ty, a, a as u32);
            println!("cast {} {} u64 {}", ty, a, a as u64);
            println!("cast {} {} usize {}", ty, a, a as usize);
            println!("cast {} {} f32 {:?}", ty, a, a as f32);
            println!("cast {} {} f64 {:?}", ty, a, a as f64);
        }
    }};
}

macro_rules! float_ops {
    ($t:ident, $vals:expr) => {{
        let vals: Vec<$t> = $vals;
        let ty = stringify!($t);
        for &a in &vals {
            println!("neg {} {:?} - {:?}", ty, a, -a);
            for &b in &vals {
                println!("add {} {:?} {:?} {:?}", ty, a, b, a + b);
                println!("sub {} {:?} {:?} {:?}", ty, a, b, a - b);
                println!("mul {} {:?} {:?} {:?}", ty, a, b, a * b);
                println!("div {} {:?} {:?} {:?}", ty, a, b, a / b);
                println!("rem {} {:?} {:?} {:?}", ty, a, b, a % b);
                println!("lt {} {:?} {:?} {}", ty, a, b, a < b);
                println!("le {} {:?} {:?} {}", ty, a, b, a <= b);
                println!("gt {} {:?} {:?} {}", ty, a, b, a > b);
                println!("ge {} {:?} {:?} {}", ty, a, b, a >= b);
                println!("eq {} {:?} {:?} {}", ty, a, b, a == b);
                println!("ne {} {:?} {:?} {}", ty, a, b, a != b);
            }
            println!("cast {} {:?} i8 {}", ty, a, a as i8);
            println!("cast {} {:?} i16 {}", ty, a, a as i16);
            println!("cast {} {:?} i32 {}", ty, a, a as i32);
            println!("cast {} {:?} i64 {}", ty, a, a as i64);
            println!("cast {} {:?} isize {}", ty, a, a as isize);
            println!("cast {} {:?} u8 {}", ty, a, a as u8);
            println!("cast {} {:?} u16 {}", ty, a, a as u16);
            println!("cast {} {:?} u32 {}", ty, a, a as u32);
            println!("cast {} {:?} u64 {}", ty, a, a as u64);
            println!("cast {} {:?} usize {}", ty, a, a as usize);
            println!("cast {} {:?} f32 {:?}", ty, a, a as f32);
            println!("cast {} {:?} f64 {:?}", ty, a, a as f64);
        }
    }};
}

fn main() {
    int_ops!(i8, vec![0, 1, -1, 7, -100, i8::MIN, i8::MAX]);
    int_ops!(i16, vec![0, 1, -1, 300, -1000, i16::MIN, i16::MAX]);
    int_ops!(i32, vec![0, 1, -1, 100000, -77, i32::MIN, i32::MAX]);
    int_ops!(i64, vec![0, 1, -1, 5_000_000_000, -3, i64::MIN, i64::MAX]);
    int_ops!(isize, vec![0, 1, -1, -9, isize::MIN, isize::MAX]);
    int_ops!(u8, vec![0, 1, 7, 200, u8::MAX]);
    int_ops!(u16, vec![0, 1, 300, 40000, u16::MAX]);
    int_ops!(u32, vec![0, 1, 100000, 3_000_000_000, u32::MAX]);
    int_ops!(u64, vec![0, 1, 5_000_000_000, 10_000_000_000_000_000_000, 1 << 63, u64::MAX]);
    int_ops!(usize, vec![0, 1, 12, usize::MAX - 1, usize::MAX]);
    float_ops!(f32, vec![0.0, -0.0, 1.5, -3.7, 255.5, 300.0, 1e10, -1e10, 4294967295.5, 1.8e19, f32::NAN, f32::INFINITY, f32::NEG_INFINITY, f32::MAX, f32::MIN_POSITIVE]);
    float_ops!(f64, vec![0.0, -0.0, 1.5, -3.7, 255.5, 300.0, 1e10, -1e10, 4294967295.5, 1.8e19, 3e19, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, 1e-300]);
}
