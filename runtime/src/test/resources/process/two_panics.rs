fn main() {
    let h = std::thread::Builder::new().name("worker".into()).spawn(|| {
        let x: Option<i32> = std::hint::black_box(None);
        x.unwrap();
    }).unwrap();
    let _ = h.join();
    eprintln!("joined");
    assert_eq!(std::hint::black_box(1) + 1, 3, "math is {}", "hard");
}
