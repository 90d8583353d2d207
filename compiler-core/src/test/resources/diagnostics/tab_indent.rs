fn main() {
	let y: i32 = "tab";
	println!("{}", y);
}
