pub fn add(a: i32, b: i32) -> i32 { a + b }
#[cfg(test)]
mod tests {
    use super::*;
    #[test] fn adds() { assert_eq!(add(1, 2), 3); }
    #[test] fn fails() { println!("captured out"); eprintln!("captured err"); assert_eq!(add(1, 1), 3); }
    #[test] #[ignore] fn ign() {}
    #[test] #[ignore = "slow reason"] fn ign_reason() {}
    #[test] #[should_panic] fn sp_ok() { panic!("x"); }
    #[test] #[should_panic] fn sp_nopanic() { }
    #[test] #[should_panic(expected = "foo")] fn sp_exp_ok() { panic!("a foo b"); }
    #[test] #[should_panic(expected = "foo")] fn sp_exp_bad() { panic!("bar"); }
    #[test] #[should_panic(expected = "foo")] fn sp_exp_nopanic() { }
    #[test] fn res_err() -> Result<(), String> { Err("nope".into()) }
    #[test] fn res_ok() -> Result<(), String> { Ok(()) }
    #[test] fn a_first() { print!("no newline"); panic!("multi\nline"); }
}
