mod util;

fn main() {
    let side = 3;
    println!("{}", util::double(side));
}
