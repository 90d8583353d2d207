fn control(x: i32) -> i32 {
    if x > 0 { 1 } else if x < 0 { -1 } else { 0 };
    if s == S {}
    let v = if c { 1 } else { 2 };
    'outer: loop {
        'inner: while x < 10 {
            if x == 5 { continue 'outer; }
            break 'inner;
        }
        break 'outer 42;
    }
    for i in 0..10 {}
    for x in v.iter() { x; }
    while let Some(top) = stack.pop() {}
    let r = loop { break 5; };
    let l = 'a: { break 'a 1; };
    match x {
        0 => return 1,
        1 => { 2 }
        _ if cond => 3,
        _ => match y { _ => 4 },
    }
    unsafe { f() }
    let b = async move { 1 };
    let cst = const { 3 };
    return;
}
fn block_stmts() {
    {}
    if a {} else {}
    match x {} 
    loop {}
    for a in b {}
    while c {}
    if a { b } else { c }.to_string();
    { 1 } - 1;
    x
}
