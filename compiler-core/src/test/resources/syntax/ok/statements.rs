fn statements() {
    let x;
    let y: i32;
    let z = 1;
    let w: u8 = 2;
    let Some(v) = opt else { panic!() };
    let _ = f();
    ;
    fn inner() {}
    struct Local;
    use std::fmt;
    impl Local {}
    const K: u8 = 1;
    static L: u8 = 2;
    x = 5;
    f();
    g()
}
fn methods(self_: &mut Self) {}
impl T {
    fn a(self) {}
    fn b(&self) {}
    fn c(&mut self) {}
    fn d(&'a self) {}
    fn e(&'a mut self, x: i32) {}
    fn f(mut self) {}
    fn g(self: Box<Self>) {}
    fn h(self: &Rc<Self>) -> u8 { 0 }
}
