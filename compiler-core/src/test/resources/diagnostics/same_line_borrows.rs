fn main() {
    let mut a = 1;
    std::mem::swap(&mut a, &mut a);
    let mut v = vec![1, 2];
    v.push(v.len() as i32);
    let first = &mut v; let second = &mut v; first.push(1); second.push(2);
}
