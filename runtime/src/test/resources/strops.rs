// Oracle for StrOpsTest: `rustc strops.rs && ./strops > strops.out`.
fn main() {
    let cases = ["", "a,b,,c,", ",", "héllo wörld", "  lead  and  trail  ", "line1\nline2\r\nline3\n", "\n", "a\n\nb", "ΣΑΣ ΟΔΟΣ Σ", "ß straße ǅ", "x\u{2003}y\u{a0}z", "aaa", "tab\tsep"];
    for s in cases {
        println!("{:?}", s);
        println!("  split(','): {:?}", s.split(',').collect::<Vec<_>>());
        println!("  split(\"aa\"): {:?}", s.split("aa").collect::<Vec<_>>());
        println!("  split_whitespace: {:?}", s.split_whitespace().collect::<Vec<_>>());
        println!("  lines: {:?}", s.lines().collect::<Vec<_>>());
        println!("  upper: {:?} lower: {:?}", s.to_uppercase(), s.to_lowercase());
        println!("  replace(a→XY): {:?} replace(\"\"→-): {:?}", s.replace("a", "XY"), s.replace("", "-"));
        println!("  trim: {:?} repeat2: {:?}", s.trim(), s.repeat(2));
        println!("  splitn(2,','): {:?} rsplit(','): {:?}", s.splitn(2, ',').collect::<Vec<_>>(), s.rsplit(',').collect::<Vec<_>>());
        println!("  split_terminator(','): {:?}", s.split_terminator(',').collect::<Vec<_>>());
        println!("  char_indices: {:?}", s.char_indices().take(4).collect::<Vec<_>>());
        println!("  rfind(a): {:?} find(l): {:?}", s.rfind('a'), s.find('l'));
    }
}
