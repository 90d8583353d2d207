// Oracle for FloatsTest: `rustc floats.rs && ./floats > floats.out`.
fn main() {
    let vals = [0.0f64, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1.1, -7.3, f64::NAN, f64::INFINITY, 1e-310];
    for v in vals {
        println!("{:?} round={:?} trunc={:?} fract={:?} signum={:?} powi3={:?} powi-2={:?} rem_euclid={:?} div_euclid={:?} min={:?} max={:?} rte={:?}",
            v, v.round(), v.trunc(), v.fract(), v.signum(), v.powi(3), v.powi(-2), v.rem_euclid(-2.0), v.div_euclid(-2.0), v.min(f64::NAN), f64::NAN.max(v), v.round_ties_even());
    }
    println!("{:?}", 1.1f64.powi(10));
    println!("{:?}", 1.1f32.powi(10));
    println!("{:?}", (-7.5f32).round());
}
