fn a() {}
123 ;
)
fn b() { x }
