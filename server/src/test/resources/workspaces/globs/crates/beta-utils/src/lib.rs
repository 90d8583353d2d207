pub fn two() -> i32 {
    alpha::one() + 1
}
