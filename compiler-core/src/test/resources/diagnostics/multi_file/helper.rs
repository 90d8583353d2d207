pub trait Shape {
    fn area(&self) -> f64;
}

pub fn takes(a: i32, b: &str) -> i32 {
    a + b.len() as i32
}

pub struct Point {
    pub x: i32,
}
