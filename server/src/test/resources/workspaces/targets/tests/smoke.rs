mod common;

#[test]
fn smoke() {
    common::setup();
    assert_eq!(multi_target::answer(), 42);
}
