// Generates transcendental.txt for LibmTest: bit patterns (hex) of x, y and rustc's results of
// f64: sin cos tan exp ln(|x|) powf(|x|, y) atan2(x, y) cbrt exp_m1 log2(|x|)
// f32: sin cos exp ln(|x|) powf(|x|, y) atan2(x, y)
// Regenerate: rustc -O gen-transcendental.rs -o /tmp/g && /tmp/g > transcendental.txt
fn main() {
    let mut seed: u64 = 12345;
    let mut next = move || { seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407); (seed >> 11) as f64 / (1u64 << 53) as f64 };
    for _ in 0..500 {
        let x = next() * 20.0 - 10.0;
        let y = next() * 6.0 - 3.0;
        let (xf, yf) = (x as f32, y as f32);
        let d = [x.sin(), x.cos(), x.tan(), x.exp(), x.abs().ln(), x.abs().powf(y), x.atan2(y), x.cbrt(), x.exp_m1(), x.abs().log2()];
        let f = [xf.sin(), xf.cos(), xf.exp(), xf.abs().ln(), xf.abs().powf(yf), xf.atan2(yf)];
        let ds: Vec<String> = d.iter().map(|v| format!("{:x}", v.to_bits())).collect();
        let fs: Vec<String> = f.iter().map(|v| format!("{:x}", v.to_bits())).collect();
        println!("{:x} {:x} {} {}", x.to_bits(), y.to_bits(), ds.join(" "), fs.join(" "));
    }
}
