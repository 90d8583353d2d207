struct S<'a, T: ?Sized + 'a, const N: usize = 3, U = i32> {
    r: &'a T,
    a: [U; N],
}
fn f<T, F>(t: T, f: F) -> Vec<Vec<i32>>
where
    T: Iterator<Item = u8> + Clone,
    F: Fn(i32) -> i32,
    for<'b> &'b T: IntoIterator,
    'static: 'static,
{
    let v: Vec<Vec<i32>> = Vec::new();
    let m = Vec::<Vec<u8>>::with_capacity(1);
    let n = std::mem::size_of::<[u8; 4]>();
    v
}
fn hrtb<F: for<'a> Fn(&'a str) -> &'a str>(f: F) {}
fn imp(x: impl Iterator<Item = u32> + Send) -> impl Fn() -> u32 { || 1 }
fn dy(x: &dyn std::fmt::Debug, y: Box<dyn Fn(u8) + Send + 'static>) {}
impl<T> Default for Wrap<T> where T: Default {
    fn default() -> Self { Wrap(T::default()) }
}
fn qualified<T: Iterator>() -> <T as Iterator>::Item { loop {} }
fn assoc<T: Tr<N = 3>>() {}
