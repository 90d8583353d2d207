/// Twice `n`.
pub fn double(n: i64) -> i64 {
    n * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles() {
        assert_eq!(double(4), 8);
    }
}
