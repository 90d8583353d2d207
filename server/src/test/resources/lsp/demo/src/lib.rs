pub mod shapes;

/// The area of a `w` by `h` rectangle.
pub fn area(w: i64, h: i64) -> i64 {
    let a = w * h;
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_works() {
        assert_eq!(area(2, 3), 6);
    }
}
