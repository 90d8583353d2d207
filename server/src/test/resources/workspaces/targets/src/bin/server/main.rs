mod helper;

fn main() {
    helper::serve();
}
