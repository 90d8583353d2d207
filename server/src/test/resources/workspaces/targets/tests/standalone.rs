fn main() {
    assert_eq!(multi_target::answer(), 42);
}
