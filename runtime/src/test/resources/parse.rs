// Oracle for ParseTest: `rustc parse.rs && ./parse > parse.out`.
fn main() {
    for s in ["", "+", "-", "12", "+12", "-12", "1_0", " 1", "1 ", "128", "-129", "255", "256", "-0", "0x10", "٣", "99999999999999999999", "-99999999999999999999"] {
        println!("{:?} i8={:?} u8={:?} i64={:?} u64={:?}", s, s.parse::<i8>(), s.parse::<u8>(), s.parse::<i64>(), s.parse::<u64>());
    }
    for s in ["", "1", "1.5", ".5", "5.", "+1.0", "-0", "1e5", "1E-5", "inf", "-inf", "Infinity", "NaN", "nan", "infinity", "1e", " 1", "0x10", "1_0", "1.0f", "1d", "e5", ".", "-.5", "1e400", "1e-400", "+nan"] {
        println!("{:?} f64={:?} f32={:?}", s, s.parse::<f64>(), s.parse::<f32>());
    }
    let e = "x".parse::<i32>().unwrap_err(); println!("{} | {:?}", e, e);
    let e = "".parse::<i32>().unwrap_err(); println!("{} | {:?}", e, e);
    let e = "999".parse::<u8>().unwrap_err(); println!("{} | {:?}", e, e);
    let e = "-999".parse::<i8>().unwrap_err(); println!("{} | {:?}", e, e);
    let e = "x".parse::<f64>().unwrap_err(); println!("{} | {:?}", e, e);
    let e = "".parse::<f64>().unwrap_err(); println!("{} | {:?}", e, e);
    for s in ["true", "false", "True", ""] { println!("{:?}", s.parse::<bool>()); }
    let e = "x".parse::<bool>().unwrap_err(); println!("{} | {:?}", e, e);
    for s in ["a", "ab", ""] { println!("{:?}", s.parse::<char>()); }
}
