fn main() -> Result<(), String> {
    println!("hi");
    Err("bad".to_string())
}
