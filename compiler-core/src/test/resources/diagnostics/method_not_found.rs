// suggestion-style: SHOW_ALWAYS
struct Counter {
    count: u32,
}

fn main() {
    let c = Counter { count: 0 };
    c.increment();
    let n = c.cuont;
}
