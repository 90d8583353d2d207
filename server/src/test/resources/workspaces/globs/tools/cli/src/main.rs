fn main() {
    println!("{}", beta_utils::two());
}
