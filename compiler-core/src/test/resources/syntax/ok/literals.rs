fn literals() {
    let ints = [0, 1_000_000, 0xFF_u8 as i32, 0o777, 0b1010_1010, 42usize as i32, 1i128 as i32];
    let floats = [1.0, 1e10, 1.5e-3, 2.0f64, 3f32 as f64, 1_000.000_1];
    let chars = ['a', '\n', '\'', '\\', '\x41', '\u{1F600}', 'é', '中'];
    let bytes = [b'a', b'\n', b'\x7f', b'\''];
    let strings = ["plain", "esc \" \\ \n", "multi
line", r"raw \n", r#"raw "quoted""#, r##"a "# b"##];
    let bstrings = [b"bytes", br"raw bytes", br#"raw "b""#];
    let cstr = c"c string";
    let rcstr = cr#"raw c"#;
    let unicode = "héllo wörld ✓ 🎉";
    let r#type = 1;
    let r#match = r#type;
    let t = true && false;
    let lt: &'static str = "x";
}
