// suggestion-style: COMPLETELY_HIDDEN implement the missing item: `fn area(&self) -> f64 { todo!() }`
mod helper;

struct Unit;

impl helper::Shape for Unit {}

fn main() {
    helper::takes(1, 2);
    let p = helper::Point { x: 1 };
    println!("{:?}", p);
}
