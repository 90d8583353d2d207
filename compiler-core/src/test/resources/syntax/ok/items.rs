//! Crate docs.
#![allow(dead_code)]

extern crate alloc;
extern crate core as my_core;

/// A unit struct.
pub struct Unit;
pub(crate) struct Tuple(pub i32, u8);
struct Named {
    pub(super) a: i32,
    b: Vec<String>,
}
union U {
    f: f32,
    i: u32,
}
enum E {
    A,
    B(i32, i32),
    C { x: u8 },
    D = 4,
}
const C: i32 = 1 + 2;
const _: () = ();
static mut S: &str = "s";
static T: [u8; 3] = [1, 2, 3];
type Alias<T> = Vec<T>;

pub(in crate::a) fn f() {}
const fn cf() -> i32 { 0 }
async fn af() {}
unsafe fn uf() {}
pub const unsafe extern "C" fn ef(x: i32, ...) {}
extern "C" {
    fn puts(s: *const u8) -> i32;
    static errno: i32;
}

mod m;
pub mod inline {
    #![allow(unused)]
    pub fn g() {}
}

trait Tr: Clone + Send where Self: Sized {
    type Item: Copy;
    const N: usize = 3;
    fn req(&self) -> Self::Item;
    fn def(&mut self, x: i32) -> i32 { x }
}
unsafe trait UnsafeTr {}

impl E {
    pub fn new() -> Self { E::A }
}
impl<T: Clone> Tr for Wrapper<T> where T: Copy {
    type Item = T;
    fn req(&self) -> T { self.0 }
}
unsafe impl Send for Unit {}
impl<'a> From<&'a str> for Named {
    fn from(s: &'a str) -> Self { todo!() }
}
