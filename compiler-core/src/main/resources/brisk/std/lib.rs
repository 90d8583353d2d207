//! brisk's model of the Rust standard library: the names and signatures brisk knows.
//! It is parsed and resolved like any crate; bodies of std functions are provided by the
//! runtime (brisk.runtime), so most functions here have none. A name missing here is a name
//! brisk does not support yet.

#[macro_export] macro_rules! println { () => {} }
#[macro_export] macro_rules! print { () => {} }
#[macro_export] macro_rules! eprintln { () => {} }
#[macro_export] macro_rules! eprint { () => {} }
#[macro_export] macro_rules! format { () => {} }
#[macro_export] macro_rules! write { () => {} }
#[macro_export] macro_rules! writeln { () => {} }
#[macro_export] macro_rules! panic { () => {} }
#[macro_export] macro_rules! assert { () => {} }
#[macro_export] macro_rules! assert_eq { () => {} }
#[macro_export] macro_rules! assert_ne { () => {} }
#[macro_export] macro_rules! debug_assert { () => {} }
#[macro_export] macro_rules! debug_assert_eq { () => {} }
#[macro_export] macro_rules! debug_assert_ne { () => {} }
#[macro_export] macro_rules! vec { () => {} }
#[macro_export] macro_rules! unreachable { () => {} }
#[macro_export] macro_rules! todo { () => {} }
#[macro_export] macro_rules! unimplemented { () => {} }
#[macro_export] macro_rules! matches { () => {} }
#[macro_export] macro_rules! format_args { () => {} }
#[macro_export] macro_rules! concat { () => {} }
#[macro_export] macro_rules! stringify { () => {} }
#[macro_export] macro_rules! line { () => {} }
#[macro_export] macro_rules! column { () => {} }
#[macro_export] macro_rules! file { () => {} }
#[macro_export] macro_rules! dbg { () => {} }
#[macro_export] macro_rules! include_str { () => {} }
#[macro_export] macro_rules! env { () => {} }
#[macro_export] macro_rules! cfg { () => {} }
#[macro_export] macro_rules! thread_local { () => {} }

pub mod marker {
    pub trait Sized {}
    pub trait Copy: Clone {}
    pub trait Send {}
    pub trait Sync {}
    pub trait Unpin {}
    pub struct PhantomData<T: ?Sized>;
}

pub mod clone {
    pub trait Clone: Sized {
        fn clone(&self) -> Self;
    }
}

pub mod default {
    pub trait Default: Sized {
        fn default() -> Self;
    }
}

pub mod cmp {
    pub trait PartialEq<Rhs: ?Sized = Self> {
        fn eq(&self, other: &Rhs) -> bool;
        fn ne(&self, other: &Rhs) -> bool;
    }
    pub trait Eq: PartialEq<Self> {}
    pub enum Ordering { Less = -1, Equal = 0, Greater = 1 }
    pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
        fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
        fn lt(&self, other: &Rhs) -> bool;
        fn le(&self, other: &Rhs) -> bool;
        fn gt(&self, other: &Rhs) -> bool;
        fn ge(&self, other: &Rhs) -> bool;
    }
    pub trait Ord: Eq + PartialOrd<Self> {
        fn cmp(&self, other: &Self) -> Ordering;
        fn max(self, other: Self) -> Self;
        fn min(self, other: Self) -> Self;
        fn clamp(self, min: Self, max: Self) -> Self;
    }
    pub struct Reverse<T>(pub T);
    pub fn min<T: Ord>(v1: T, v2: T) -> T;
    pub fn max<T: Ord>(v1: T, v2: T) -> T;
}

pub mod ops {
    pub trait Add<Rhs = Self> { type Output; fn add(self, rhs: Rhs) -> Self::Output; }
    pub trait Sub<Rhs = Self> { type Output; fn sub(self, rhs: Rhs) -> Self::Output; }
    pub trait Mul<Rhs = Self> { type Output; fn mul(self, rhs: Rhs) -> Self::Output; }
    pub trait Div<Rhs = Self> { type Output; fn div(self, rhs: Rhs) -> Self::Output; }
    pub trait Rem<Rhs = Self> { type Output; fn rem(self, rhs: Rhs) -> Self::Output; }
    pub trait Neg { type Output; fn neg(self) -> Self::Output; }
    pub trait Not { type Output; fn not(self) -> Self::Output; }
    pub trait BitAnd<Rhs = Self> { type Output; fn bitand(self, rhs: Rhs) -> Self::Output; }
    pub trait BitOr<Rhs = Self> { type Output; fn bitor(self, rhs: Rhs) -> Self::Output; }
    pub trait BitXor<Rhs = Self> { type Output; fn bitxor(self, rhs: Rhs) -> Self::Output; }
    pub trait Shl<Rhs = Self> { type Output; fn shl(self, rhs: Rhs) -> Self::Output; }
    pub trait Shr<Rhs = Self> { type Output; fn shr(self, rhs: Rhs) -> Self::Output; }
    pub trait AddAssign<Rhs = Self> { fn add_assign(&mut self, rhs: Rhs); }
    pub trait SubAssign<Rhs = Self> { fn sub_assign(&mut self, rhs: Rhs); }
    pub trait MulAssign<Rhs = Self> { fn mul_assign(&mut self, rhs: Rhs); }
    pub trait DivAssign<Rhs = Self> { fn div_assign(&mut self, rhs: Rhs); }
    pub trait RemAssign<Rhs = Self> { fn rem_assign(&mut self, rhs: Rhs); }
    pub trait Index<Idx: ?Sized> { type Output: ?Sized; fn index(&self, index: Idx) -> &Self::Output; }
    pub trait IndexMut<Idx: ?Sized>: Index<Idx> { fn index_mut(&mut self, index: Idx) -> &mut Self::Output; }
    pub trait Deref { type Target: ?Sized; fn deref(&self) -> &Self::Target; }
    pub trait DerefMut: Deref { fn deref_mut(&mut self) -> &mut Self::Target; }
    pub trait Drop { fn drop(&mut self); }
    pub trait Fn<Args>: FnMut<Args> {}
    pub trait FnMut<Args>: FnOnce<Args> {}
    pub trait FnOnce<Args> { type Output; }
    pub struct Range<Idx> { pub start: Idx, pub end: Idx }
    pub struct RangeInclusive<Idx> { start: Idx, end: Idx }
    pub struct RangeFrom<Idx> { pub start: Idx }
    pub struct RangeTo<Idx> { pub end: Idx }
    pub struct RangeToInclusive<Idx> { pub end: Idx }
    pub struct RangeFull;
    pub enum ControlFlow<B, C = ()> { Continue(C), Break(B) }
}

pub mod option {
    pub enum Option<T> { None, Some(T) }
}

pub mod result {
    pub enum Result<T, E> { Ok(T), Err(E) }
}

pub mod boxed {
    pub struct Box<T: ?Sized>(T);
}

pub mod rc {
    pub struct Rc<T: ?Sized>(T);
    pub struct Weak<T: ?Sized>(T);
}

pub mod sync {
    pub struct Arc<T: ?Sized>(T);
    pub struct Mutex<T: ?Sized>(T);
}

pub mod cell {
    pub struct Cell<T: ?Sized>(T);
    pub struct RefCell<T: ?Sized>(T);
}

pub mod string {
    pub struct String;
    pub trait ToString { fn to_string(&self) -> String; }
}

pub mod vec {
    pub struct Vec<T>(T);
    pub struct IntoIter<T>(T);
}

pub mod slice {
    pub struct Iter<'a, T>(&'a T);
    pub struct IterMut<'a, T>(&'a mut T);
}

pub mod str {
    pub struct Chars<'a>(&'a str);
    pub struct Bytes<'a>(&'a str);
    pub trait FromStr: Sized { type Err; fn from_str(s: &str) -> Result<Self, Self::Err>; }
}

pub mod char {
    pub fn from_u32(i: u32) -> Option<char>;
    pub fn from_digit(num: u32, radix: u32) -> Option<char>;
}

pub mod num {
    pub struct ParseIntError;
    pub struct ParseFloatError;
    pub struct TryFromIntError;
    pub struct Wrapping<T>(pub T);
}

pub mod borrow {
    pub trait Borrow<Borrowed: ?Sized> { fn borrow(&self) -> &Borrowed; }
    pub trait ToOwned { type Owned; fn to_owned(&self) -> Self::Owned; }
    pub enum Cow<'a, B: ?Sized + 'a> { Borrowed(&'a B), Owned(B) }
}

pub mod convert {
    pub trait From<T>: Sized { fn from(value: T) -> Self; }
    pub trait Into<T>: Sized { fn into(self) -> T; }
    pub trait TryFrom<T>: Sized { type Error; fn try_from(value: T) -> Result<Self, Self::Error>; }
    pub trait TryInto<T>: Sized { type Error; fn try_into(self) -> Result<T, Self::Error>; }
    pub trait AsRef<T: ?Sized> { fn as_ref(&self) -> &T; }
    pub trait AsMut<T: ?Sized> { fn as_mut(&mut self) -> &mut T; }
    pub enum Infallible {}
}

pub mod iter {
    pub trait Iterator {
        type Item;
        fn next(&mut self) -> Option<Self::Item>;
    }
    pub trait IntoIterator {
        type Item;
        type IntoIter: Iterator<Item = Self::Item>;
        fn into_iter(self) -> Self::IntoIter;
    }
    pub trait DoubleEndedIterator: Iterator { fn next_back(&mut self) -> Option<Self::Item>; }
    pub trait ExactSizeIterator: Iterator { fn len(&self) -> usize; }
    pub trait FromIterator<A>: Sized { fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self; }
    pub trait Extend<A> { fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T); }
    pub trait Sum<A = Self>: Sized {}
    pub trait Product<A = Self>: Sized {}
    pub struct Peekable<I>(I);
    pub struct Rev<I>(I);
    pub fn once<T>(value: T) -> Once<T>;
    pub struct Once<T>(T);
    pub fn repeat<T: Clone>(elt: T) -> Repeat<T>;
    pub struct Repeat<T>(T);
    pub fn empty<T>() -> Empty<T>;
    pub struct Empty<T>(T);
    pub fn successors<T, F>(first: Option<T>, succ: F) -> Successors<T, F>;
    pub struct Successors<T, F>(T, F);
}

pub mod collections {
    pub struct HashMap<K, V>(K, V);
    pub struct HashSet<T>(T);
    pub struct BTreeMap<K, V>(K, V);
    pub struct BTreeSet<T>(T);
    pub struct VecDeque<T>(T);
    pub struct BinaryHeap<T>(T);
    pub struct LinkedList<T>(T);
    pub mod hash_map {
        pub use super::HashMap;
        pub enum Entry<'a, K, V> { Occupied(&'a K), Vacant(&'a V) }
    }
    pub mod btree_map {
        pub use super::BTreeMap;
        pub enum Entry<'a, K, V> { Occupied(&'a K), Vacant(&'a V) }
    }
    pub mod hash_set { pub use super::HashSet; }
    pub mod btree_set { pub use super::BTreeSet; }
    pub mod vec_deque { pub use super::VecDeque; }
    pub mod binary_heap { pub use super::BinaryHeap; }
}

pub mod hash {
    pub trait Hash { fn hash<H: Hasher>(&self, state: &mut H); }
    pub trait Hasher { fn finish(&self) -> u64; fn write(&mut self, bytes: &[u8]); }
}

pub mod fmt {
    pub type Result = crate::result::Result<(), Error>;
    pub struct Error;
    pub struct Formatter<'a>(&'a ());
    pub struct Arguments<'a>(&'a ());
    pub trait Display { fn fmt(&self, f: &mut Formatter<'_>) -> Result; }
    pub trait Debug { fn fmt(&self, f: &mut Formatter<'_>) -> Result; }
    pub trait LowerHex { fn fmt(&self, f: &mut Formatter<'_>) -> Result; }
    pub trait UpperHex { fn fmt(&self, f: &mut Formatter<'_>) -> Result; }
    pub trait Binary { fn fmt(&self, f: &mut Formatter<'_>) -> Result; }
    pub trait Octal { fn fmt(&self, f: &mut Formatter<'_>) -> Result; }
    pub trait Write {
        fn write_str(&mut self, s: &str) -> Result;
        fn write_char(&mut self, c: char) -> Result;
        fn write_fmt(&mut self, args: Arguments<'_>) -> Result;
    }
}

pub mod error {
    pub trait Error: crate::fmt::Debug + crate::fmt::Display {}
}

pub mod io {
    pub struct Stdin;
    pub struct Stdout;
    pub struct Stderr;
    pub struct Error;
    pub type Result<T> = crate::result::Result<T, Error>;
    pub fn stdin() -> Stdin;
    pub fn stdout() -> Stdout;
    pub fn stderr() -> Stderr;
    pub trait Read {}
    pub trait Write {}
    pub trait BufRead {}
    pub mod prelude {
        pub use super::{Read, Write, BufRead};
    }
}

pub mod process {
    pub fn exit(code: i32) -> !;
    pub fn abort() -> !;
}

pub mod env {
    pub fn args() -> Args;
    pub struct Args;
}

pub mod mem {
    pub fn swap<T>(x: &mut T, y: &mut T);
    pub fn replace<T>(dest: &mut T, src: T) -> T;
    pub fn take<T: Default>(dest: &mut T) -> T;
    pub fn drop<T>(x: T);
    pub fn size_of<T>() -> usize;
}

pub mod time {
    pub struct Instant;
    pub struct Duration;
}

pub mod thread {
    pub fn sleep(dur: crate::time::Duration);
}

pub mod any {
    pub trait Any {}
}

pub mod f64 {
    pub mod consts {
        pub const PI: f64 = 3.14159265358979323846264338327950288_f64;
        pub const E: f64 = 2.71828182845904523536028747135266250_f64;
    }
    pub const MAX: f64 = 1.7976931348623157e308_f64;
    pub const MIN: f64 = -1.7976931348623157e308_f64;
    pub const EPSILON: f64 = 2.2204460492503131e-16_f64;
    pub const INFINITY: f64 = 1.0_f64 / 0.0_f64;
    pub const NEG_INFINITY: f64 = -1.0_f64 / 0.0_f64;
    pub const NAN: f64 = 0.0_f64 / 0.0_f64;
}

pub mod f32 {
    pub mod consts {
        pub const PI: f32 = 3.14159265358979323846264338327950288_f32;
        pub const E: f32 = 2.71828182845904523536028747135266250_f32;
    }
}

pub mod i32 {
    pub const MAX: i32 = 2147483647;
    pub const MIN: i32 = -2147483648;
}

pub mod i64 {
    pub const MAX: i64 = 9223372036854775807;
    pub const MIN: i64 = -9223372036854775808;
}

pub mod u32 {
    pub const MAX: u32 = 4294967295;
}

pub mod u64 {
    pub const MAX: u64 = 18446744073709551615;
}

pub mod usize {
    pub const MAX: usize = 18446744073709551615;
}

pub mod prelude {
    pub mod rust_2015 {
        pub use crate::marker::{Copy, Send, Sized, Sync, Unpin};
        pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
        pub use crate::mem::drop;
        pub use crate::clone::Clone;
        pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
        pub use crate::convert::{AsMut, AsRef, From, Into};
        pub use crate::default::Default;
        pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, IntoIterator, Iterator};
        pub use crate::option::Option::{self, None, Some};
        pub use crate::result::Result::{self, Err, Ok};
        pub use crate::borrow::ToOwned;
        pub use crate::boxed::Box;
        pub use crate::string::{String, ToString};
        pub use crate::vec::Vec;
    }
    pub mod rust_2018 {
        pub use super::rust_2015::*;
    }
    pub mod rust_2021 {
        pub use super::rust_2015::*;
        pub use crate::convert::{TryFrom, TryInto};
        pub use crate::iter::FromIterator;
    }
}
