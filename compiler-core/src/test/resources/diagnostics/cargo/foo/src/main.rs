fn main() {
    let mut total = 0;
    let label: &str = foo::area(2, 3);
    println!("{} {}", label, total);
}
