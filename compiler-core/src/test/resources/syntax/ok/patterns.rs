fn f((a, b): (i32, i32), [x, .., z]: [u8; 4], &r: &u8, mut m: u8, _: i32) {
    match v {
        0 => {}
        1 | 2 => {}
        -1 => {}
        3..=9 => {}
        10.. => {}
        ..=-5 => {}
        'a'..='z' | 'A'..='Z' => {}
        x @ 100..=200 => {}
        ref r => {}
        ref mut rm => {}
        Some(x) if x > 0 => {}
        None => {}
        Point { x, y: 0, .. } => {}
        E::Tuple(a, ..) => {}
        [first, rest @ ..] => {}
        (a, b, ..) => {}
        &(a, b) => {}
        &mut v => {}
        "str" => {}
        b'x' => {}
        true | false => {}
        CONST => {}
        m!(x) => {}
        <T as Tr>::C => {}
        | Foo::A | Foo::B => {}
        S { 0: x, 1: ref y } => {}
        _ => {}
    }
    let (a, mut b) = t;
    let Point { x, y } = p;
    let [a, b, ..] = arr;
    if let Some(ref x) = o {}
    while let Some(x) = it.next() {}
    for (i, c) in s.chars().enumerate() {}
    let Ok(v) = r else { return };
}
