// suggestion-style: COMPLETELY_HIDDEN remove the whole `use` item
use std::fmt::Write;

fn main() {
    let n: u8 = 256u16;
}
