use greeter::shout::shout;

fn main() {
    let names = ["world", "brisk"];
    for name in names {
        println!("{}", greeter::greeting(name));
    }
    println!("{}", shout("cargo"));
}
