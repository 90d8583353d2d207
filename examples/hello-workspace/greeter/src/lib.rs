pub mod shout;

/// Greets someone by name.
pub fn greeting(name: &str) -> String {
    format!("Hello, {}!", name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets() {
        assert_eq!(greeting("brisk"), "Hello, brisk!");
    }
}
