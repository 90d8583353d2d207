fn closures() {
    let a = || 1;
    let b = |x| x + 1;
    let c = |x: i32, y: i32| -> i32 { x + y };
    let d = move || println!("hi");
    let e = |&(a, b): &(i32, i32)| a + b;
    let f = async move |x| x;
    let g = |_| ();
    v.iter().filter(|x| **x > 0).for_each(|x| { dbg!(x); });
    call(|| {}, || 2);
    let h = |x| |y| x + y;
}
