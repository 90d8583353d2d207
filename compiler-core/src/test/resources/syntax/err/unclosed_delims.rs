fn f() {
    if x {
        g(
    }
}
fn later() {}
