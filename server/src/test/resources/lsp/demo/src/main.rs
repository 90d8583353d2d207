use demo::shapes::square;

fn main() {
    let side = 3;
    println!("{}", square(side));
}
