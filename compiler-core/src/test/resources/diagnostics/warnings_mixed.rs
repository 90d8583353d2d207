// suggestion-style: COMPLETELY_HIDDEN remove the whole `use` item
use std::collections::HashMap;

fn helper() -> i32 {
    42
}

fn main() {
    let mut count = 0;
    let unused = count + 1;
}
