pub mod util;

pub fn answer() -> u32 {
    util::forty() + 2
}
