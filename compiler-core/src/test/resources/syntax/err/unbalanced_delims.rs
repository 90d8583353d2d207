fn a() {}
)
fn b() { foo(1; }
fn c() { let a = ); }
