#![deny(unused_variables)]

fn main() {
    let unused = 1;
}
