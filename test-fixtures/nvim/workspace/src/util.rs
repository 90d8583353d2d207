/// Twice `n`.
pub fn double(n: i64) -> i64 {
    n * 2
}
