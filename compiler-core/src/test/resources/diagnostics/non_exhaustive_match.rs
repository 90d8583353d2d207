enum Direction {
    North,
    South,
    East,
    West,
}

fn name(d: Direction) -> &'static str {
    match d {
        Direction::North => "north",
        Direction::South => "south",
    }
}

fn main() {
    let n: i32 = 3;
    match n {
        1 => {}
    }
    println!("{}", name(Direction::East));
}
