struct A {
    x: ,
}
enum E { A(, B) }
impl Foo {
    fn m(&self) -> i32 { self. }
}
use a::{b, ;};
fn last() {}
