pub fn name() -> &'static str {
    "my-util"
}
