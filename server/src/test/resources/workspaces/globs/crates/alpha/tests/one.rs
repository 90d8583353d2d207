#[test]
fn one() {
    assert_eq!(alpha::one(), 1);
}
