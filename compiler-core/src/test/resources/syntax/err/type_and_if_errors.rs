fn f() {
    let v: Vec<Vec<i32> = Vec::new();
    let w = x as ;
    if { }
}
