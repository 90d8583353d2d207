mod inner {
    fn secret() -> u32 {
        42
    }
    pub struct Wrapper {
        value: u32,
    }
}

fn main() {
    let n = inner::secret();
    let w = inner::Wrapper { value: 1 };
}
