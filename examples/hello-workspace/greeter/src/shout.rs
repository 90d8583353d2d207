use crate::greeting;

pub fn shout(name: &str) -> String {
    let mut s = greeting(name);
    s.push_str("!!");
    s
}
