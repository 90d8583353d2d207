// Oracle for BitsTest: `rustc bits.rs && ./bits > bits.out`.
macro_rules! t { ($t:ident, $vals:expr) => { for v in $vals { let v: $t = v; println!("{} {} lz={} tz={} co={} cz={} rl3={} rr3={} rev={} sw={}", stringify!($t), v, v.leading_zeros(), v.trailing_zeros(), v.count_ones(), v.count_zeros(), v.rotate_left(3), v.rotate_right(3), v.reverse_bits(), v.swap_bytes()); } } }
fn main() {
    t!(i8, [0, 1, -1, i8::MIN, 100]); t!(u8, [0, 1, 255, 128, 100]); t!(i16, [0, -1, 300, i16::MIN]); t!(u16, [0, 65535, 256, 4660]);
    t!(i32, [0, -1, 1, i32::MIN, 123456]); t!(u32, [0, u32::MAX, 1, 0x80000000, 123456]);
    t!(i64, [0, -1, 1, i64::MIN, 1234567890123]); t!(u64, [0, u64::MAX, 1, 1 << 63, 1234567890123]);
}
