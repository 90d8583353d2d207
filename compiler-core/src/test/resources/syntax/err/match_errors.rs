fn f() {
    match x {
        A B => 1,
        C => 2
        D => 3,
    }
    let after = 1;
}
