fn f() { foo(1, ); let a = ; let z = 1; }
fn g() {}
