fn check(flag: bool) -> u8 {
    match flag {
        true => {
            1
        }
        false => {
            "zero"
        }
    }
}

fn main() {
    println!("{}", check(true));
}
