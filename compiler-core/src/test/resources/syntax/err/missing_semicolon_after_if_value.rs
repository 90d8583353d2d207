pub fn f() { let x = if a { 1 } else { 2 } let y = 3; }
