// suggestion-style: COMPLETELY_HIDDEN remove the unused imports
use std::collections::{BTreeMap, HashMap, HashSet};

fn main() {
    let set: HashSet<i32> = HashSet::new();
    println!("{}", set.len());
}
