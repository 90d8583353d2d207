fn a() {}
123 ;
x y z;
fn b() { x }
