// The suggested import goes before the first item, after this comment.
fn main() {
    let mut map = HashMap::new();
    map.insert(1, 2);
    println!("{:?}", map);
}
