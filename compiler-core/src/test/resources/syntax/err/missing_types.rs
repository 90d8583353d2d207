fn f() -> { 1 }
fn g(x) {}
fn h(y: ) {}
