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
    impl Clone for i32 { fn clone(&self) -> i32; }
    impl Clone for i64 { fn clone(&self) -> i64; }
    impl Clone for u8 { fn clone(&self) -> u8; }
    impl Clone for u32 { fn clone(&self) -> u32; }
    impl Clone for u64 { fn clone(&self) -> u64; }
    impl Clone for usize { fn clone(&self) -> usize; }
    impl Clone for f64 { fn clone(&self) -> f64; }
    impl Clone for bool { fn clone(&self) -> bool; }
    impl Clone for char { fn clone(&self) -> char; }
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
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
    pub enum Ordering { Less = -1, Equal = 0, Greater = 1 }
    impl Ordering {
        pub fn then(self, other: Ordering) -> Ordering;
        pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering;
        pub fn reverse(self) -> Ordering;
        pub fn is_eq(self) -> bool;
        pub fn is_ne(self) -> bool;
        pub fn is_lt(self) -> bool;
        pub fn is_gt(self) -> bool;
        pub fn is_le(self) -> bool;
        pub fn is_ge(self) -> bool;
    }
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
    impl<Idx: PartialOrd<Idx>> Range<Idx> {
        pub fn contains(&self, item: &Idx) -> bool;
        pub fn is_empty(&self) -> bool;
    }
    impl<Idx: PartialOrd<Idx>> RangeInclusive<Idx> {
        pub fn contains(&self, item: &Idx) -> bool;
        pub fn start(&self) -> &Idx;
        pub fn end(&self) -> &Idx;
    }
    pub enum ControlFlow<B, C = ()> { Continue(C), Break(B) }
}

pub mod option {
    pub enum Option<T> { None, Some(T) }
    impl<T> Option<T> {
        pub fn is_some(&self) -> bool;
        pub fn is_none(&self) -> bool;
        pub fn unwrap(self) -> T;
        pub fn expect(self, msg: &str) -> T;
        pub fn unwrap_or(self, default: T) -> T;
        pub fn unwrap_or_default(self) -> T where T: Default;
        pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T;
        pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U>;
        pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U>;
        pub fn ok_or<E>(self, err: E) -> Result<T, E>;
        pub fn as_ref(&self) -> Option<&T>;
        pub fn as_mut(&mut self) -> Option<&mut T>;
        pub fn take(&mut self) -> Option<T>;
        pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T>;
        pub fn get_or_insert(&mut self, value: T) -> &mut T;
        pub fn xor(self, optb: Option<T>) -> Option<T>;
        pub fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool;
        pub fn or(self, optb: Option<T>) -> Option<T>;
        pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E>;
        pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
        pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U;
        pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T>;
        pub fn is_none_or(self, f: impl FnOnce(T) -> bool) -> bool;
    }
    impl<T: Copy> Option<&T> {
        pub fn copied(self) -> Option<T>;
    }
    impl<T: Clone> Option<&T> {
        pub fn cloned(self) -> Option<T>;
    }
}

pub mod result {
    pub enum Result<T, E> { Ok(T), Err(E) }
    impl<T, E> Result<T, E> {
        pub fn is_ok(&self) -> bool;
        pub fn is_err(&self) -> bool;
        pub fn ok(self) -> Option<T>;
        pub fn err(self) -> Option<E>;
        pub fn unwrap(self) -> T;
        pub fn expect(self, msg: &str) -> T;
        pub fn unwrap_or(self, default: T) -> T;
        pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T;
        pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E>;
        pub fn map_err<F2, O: FnOnce(E) -> F2>(self, op: O) -> Result<T, F2>;
        pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E>;
        pub fn unwrap_err(self) -> E;
        pub fn unwrap_or_default(self) -> T where T: Default;
        pub fn is_ok_and(self, f: impl FnOnce(T) -> bool) -> bool;
        pub fn is_err_and(self, f: impl FnOnce(E) -> bool) -> bool;
        pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
        pub fn or_else<F2, O: FnOnce(E) -> Result<T, F2>>(self, op: O) -> Result<T, F2>;
    }
}

pub mod boxed {
    pub struct Box<T: ?Sized>(T);
    impl<T> Box<T> {
        pub fn new(x: T) -> Box<T>;
    }
    impl<T: ?Sized> crate::convert::AsRef<T> for Box<T> { fn as_ref(&self) -> &T; }
    impl<T: ?Sized> crate::convert::AsMut<T> for Box<T> { fn as_mut(&mut self) -> &mut T; }
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
    impl String {
        pub fn new() -> String;
        pub fn with_capacity(capacity: usize) -> String;
        pub fn push_str(&mut self, string: &str);
        pub fn push(&mut self, ch: char);
        pub fn as_str(&self) -> &str;
        pub fn clear(&mut self);
        pub fn pop(&mut self) -> Option<char>;
        pub fn insert(&mut self, idx: usize, ch: char);
        pub fn truncate(&mut self, new_len: usize);
        pub fn insert_str(&mut self, idx: usize, string: &str);
        pub fn remove(&mut self, idx: usize) -> char;
        pub fn capacity(&self) -> usize;
        pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>;
        pub fn into_bytes(self) -> Vec<u8>;
    }
    pub struct FromUtf8Error;
    impl<T: crate::fmt::Display> ToString for T { fn to_string(&self) -> String; }
    impl From<&str> for String { fn from(s: &str) -> String; }
    impl Clone for String { fn clone(&self) -> String; }
    impl PartialEq for String { fn eq(&self, other: &String) -> bool; fn ne(&self, other: &String) -> bool; }
    impl crate::fmt::Display for String { fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result; }
    impl crate::ops::Add<&str> for String { type Output = String; fn add(self, other: &str) -> String; }
    impl Default for String { fn default() -> String; }
}

pub mod vec {
    pub struct Vec<T>(T);
    pub struct IntoIter<T>(T);
    impl<T> Vec<T> {
        pub fn new() -> Vec<T>;
        pub fn with_capacity(capacity: usize) -> Vec<T>;
        pub fn push(&mut self, value: T);
        pub fn pop(&mut self) -> Option<T>;
        pub fn insert(&mut self, index: usize, element: T);
        pub fn remove(&mut self, index: usize) -> T;
        pub fn clear(&mut self);
        pub fn truncate(&mut self, len: usize);
        pub fn extend_from_slice(&mut self, other: &[T]) where T: Clone;
        pub fn as_slice(&self) -> &[T];
        pub fn dedup(&mut self) where T: PartialEq;
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        pub fn swap_remove(&mut self, index: usize) -> T;
    }
    impl<T> Iterator for IntoIter<T> { type Item = T; fn next(&mut self) -> Option<T>; }
    impl<T> IntoIterator for Vec<T> { type Item = T; type IntoIter = IntoIter<T>; fn into_iter(self) -> IntoIter<T>; }
    impl<T: Clone> Clone for Vec<T> { fn clone(&self) -> Vec<T>; }
    impl<T> Default for Vec<T> { fn default() -> Vec<T>; }
    impl<T> FromIterator<T> for Vec<T> { fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T>; }
    impl<T> Extend<T> for Vec<T> { fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I); }
}

pub mod slice {
    use crate::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo};
    pub trait SliceIndex<T: ?Sized> { type Output: ?Sized; }
    impl<T> SliceIndex<[T]> for usize { type Output = T; }
    impl<T> SliceIndex<[T]> for Range<usize> { type Output = [T]; }
    impl<T> SliceIndex<[T]> for RangeInclusive<usize> { type Output = [T]; }
    impl<T> SliceIndex<[T]> for RangeFrom<usize> { type Output = [T]; }
    impl<T> SliceIndex<[T]> for RangeTo<usize> { type Output = [T]; }
    impl<T> SliceIndex<[T]> for RangeFull { type Output = [T]; }
    impl<T> SliceIndex<[T]> for crate::ops::RangeToInclusive<usize> { type Output = [T]; }
    impl SliceIndex<str> for crate::ops::RangeToInclusive<usize> { type Output = str; }
    impl SliceIndex<str> for Range<usize> { type Output = str; }
    impl SliceIndex<str> for RangeInclusive<usize> { type Output = str; }
    impl SliceIndex<str> for RangeFrom<usize> { type Output = str; }
    impl SliceIndex<str> for RangeTo<usize> { type Output = str; }
    impl SliceIndex<str> for RangeFull { type Output = str; }
    pub struct Windows<'a, T>(&'a T);
    pub struct Chunks<'a, T>(&'a T);
    impl<'a, T> Iterator for Windows<'a, T> { type Item = &'a [T]; fn next(&mut self) -> Option<&'a [T]>; }
    impl<'a, T> Iterator for Chunks<'a, T> { type Item = &'a [T]; fn next(&mut self) -> Option<&'a [T]>; }
    impl<S: crate::borrow::Borrow<str>> [S] {
        pub fn join(&self, sep: &str) -> String;
        pub fn concat(&self) -> String;
    }
    pub struct Iter<'a, T>(&'a T);
    pub struct IterMut<'a, T>(&'a mut T);
    impl<T> [T] {
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn iter_mut(&mut self) -> IterMut<'_, T>;
        pub fn first(&self) -> Option<&T>;
        pub fn last(&self) -> Option<&T>;
        pub fn get<I: SliceIndex<[T]>>(&self, index: I) -> Option<&I::Output>;
        pub fn get_mut<I: SliceIndex<[T]>>(&mut self, index: I) -> Option<&mut I::Output>;
        pub fn first_mut(&mut self) -> Option<&mut T>;
        pub fn last_mut(&mut self) -> Option<&mut T>;
        pub fn windows(&self, size: usize) -> Windows<'_, T>;
        pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T>;
        pub fn sort_by<F: FnMut(&T, &T) -> crate::cmp::Ordering>(&mut self, compare: F);
        pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F);
        pub fn sort_unstable_by<F: FnMut(&T, &T) -> crate::cmp::Ordering>(&mut self, compare: F);
        pub fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord;
        pub fn fill(&mut self, value: T) where T: Clone;
        pub fn starts_with(&self, needle: &[T]) -> bool where T: PartialEq;
        pub fn ends_with(&self, needle: &[T]) -> bool where T: PartialEq;
        pub fn split_at(&self, mid: usize) -> (&[T], &[T]);
        pub fn contains(&self, x: &T) -> bool where T: PartialEq;
        pub fn swap(&mut self, a: usize, b: usize);
        pub fn reverse(&mut self);
        pub fn sort(&mut self) where T: Ord;
        pub fn sort_unstable(&mut self) where T: Ord;
        pub fn to_vec(&self) -> Vec<T> where T: Clone;
        pub fn copy_from_slice(&mut self, src: &[T]) where T: Copy;
        pub fn clone_from_slice(&mut self, src: &[T]) where T: Clone;
    }
    impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; fn next(&mut self) -> Option<&'a T>; }
    impl<'a, T> Iterator for IterMut<'a, T> { type Item = &'a mut T; fn next(&mut self) -> Option<&'a mut T>; }
}

pub mod str {
    pub struct Chars<'a>(&'a str);
    pub struct Bytes<'a>(&'a str);
    pub trait FromStr: Sized { type Err; fn from_str(s: &str) -> Result<Self, Self::Err>; }
    pub struct ParseBoolError;
    pub struct Utf8Error;
    impl FromStr for bool { type Err = ParseBoolError; fn from_str(s: &str) -> Result<bool, ParseBoolError>; }
    pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;
    impl FromStr for crate::string::String { type Err = crate::convert::Infallible; fn from_str(s: &str) -> Result<crate::string::String, crate::convert::Infallible>; }
    pub mod pattern {
        pub trait Pattern: Sized {}
        impl Pattern for char {}
        impl<'b> Pattern for &'b str {}
        impl<'b> Pattern for &'b crate::string::String {}
        impl<'b> Pattern for &'b [char] {}
        impl<F: FnMut(char) -> bool> Pattern for F {}
    }
    use pattern::Pattern;
    impl str {
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn chars(&self) -> Chars<'_>;
        pub fn bytes(&self) -> Bytes<'_>;
        pub fn char_indices(&self) -> CharIndices<'_>;
        pub fn trim(&self) -> &str;
        pub fn trim_start(&self) -> &str;
        pub fn trim_end(&self) -> &str;
        pub fn to_uppercase(&self) -> String;
        pub fn to_lowercase(&self) -> String;
        pub fn to_ascii_uppercase(&self) -> String;
        pub fn to_ascii_lowercase(&self) -> String;
        pub fn as_bytes(&self) -> &[u8];
        pub fn is_char_boundary(&self, index: usize) -> bool;
        pub fn contains<P: Pattern>(&self, pat: P) -> bool;
        pub fn starts_with<P: Pattern>(&self, pat: P) -> bool;
        pub fn ends_with<P: Pattern>(&self, pat: P) -> bool;
        pub fn find<P: Pattern>(&self, pat: P) -> Option<usize>;
        pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize>;
        pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P>;
        pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P>;
        pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P>;
        pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P>;
        pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)>;
        pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)>;
        pub fn split_whitespace(&self) -> SplitWhitespace<'_>;
        pub fn split_at(&self, mid: usize) -> (&str, &str);
        pub fn lines(&self) -> Lines<'_>;
        pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String;
        pub fn repeat(&self, n: usize) -> String;
        pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str;
        pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str;
        pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str;
        pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str>;
        pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str>;
        pub fn parse<F: FromStr>(&self) -> Result<F, F::Err>;
        pub fn get<I: crate::slice::SliceIndex<str>>(&self, i: I) -> Option<&I::Output>;
        pub fn eq_ignore_ascii_case(&self, other: &str) -> bool;
    }
    pub struct SplitWhitespace<'a>(&'a str);
    pub struct Lines<'a>(&'a str);
    pub struct Split<'a, P>(&'a str, P);
    pub struct RSplit<'a, P>(&'a str, P);
    pub struct SplitN<'a, P>(&'a str, P);
    pub struct SplitTerminator<'a, P>(&'a str, P);
    pub struct CharIndices<'a>(&'a str);
    impl<'a> Iterator for Chars<'a> { type Item = char; fn next(&mut self) -> Option<char>; }
    impl<'a> DoubleEndedIterator for Chars<'a> { fn next_back(&mut self) -> Option<char>; }
    impl<'a> Iterator for SplitWhitespace<'a> { type Item = &'a str; fn next(&mut self) -> Option<&'a str>; }
    impl<'a> DoubleEndedIterator for SplitWhitespace<'a> { fn next_back(&mut self) -> Option<&'a str>; }
    impl<'a> DoubleEndedIterator for Lines<'a> { fn next_back(&mut self) -> Option<&'a str>; }
    impl<'a> DoubleEndedIterator for Split<'a, char> { fn next_back(&mut self) -> Option<&'a str>; }
    impl<'a> DoubleEndedIterator for RSplit<'a, char> { fn next_back(&mut self) -> Option<&'a str>; }
    impl<'a> DoubleEndedIterator for SplitTerminator<'a, char> { fn next_back(&mut self) -> Option<&'a str>; }
    impl<'a> Iterator for Lines<'a> { type Item = &'a str; fn next(&mut self) -> Option<&'a str>; }
    impl<'a, P: Pattern> Iterator for Split<'a, P> { type Item = &'a str; fn next(&mut self) -> Option<&'a str>; }
    impl<'a, P: Pattern> Iterator for RSplit<'a, P> { type Item = &'a str; fn next(&mut self) -> Option<&'a str>; }
    impl<'a, P: Pattern> Iterator for SplitN<'a, P> { type Item = &'a str; fn next(&mut self) -> Option<&'a str>; }
    impl<'a, P: Pattern> Iterator for SplitTerminator<'a, P> { type Item = &'a str; fn next(&mut self) -> Option<&'a str>; }
    impl<'a> Iterator for CharIndices<'a> { type Item = (usize, char); fn next(&mut self) -> Option<(usize, char)>; }
    impl<'a> Iterator for Bytes<'a> { type Item = u8; fn next(&mut self) -> Option<u8>; }
}

pub mod char {
    pub struct ToUppercase;
    pub struct ToLowercase;
    impl Iterator for ToUppercase { type Item = char; fn next(&mut self) -> Option<char>; }
    impl Iterator for ToLowercase { type Item = char; fn next(&mut self) -> Option<char>; }
    impl DoubleEndedIterator for ToUppercase { fn next_back(&mut self) -> Option<char>; }
    impl DoubleEndedIterator for ToLowercase { fn next_back(&mut self) -> Option<char>; }
    impl crate::fmt::Display for ToUppercase { fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result; }
    impl crate::fmt::Display for ToLowercase { fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result; }
    pub fn from_u32(i: u32) -> Option<char>;
    pub fn from_digit(num: u32, radix: u32) -> Option<char>;
    pub struct ParseCharError;
    impl crate::str::FromStr for char { type Err = ParseCharError; fn from_str(s: &str) -> Result<char, ParseCharError>; }
}

pub mod num {
    pub struct ParseIntError;
    pub struct ParseFloatError;
    pub struct TryFromIntError;
    pub struct Wrapping<T>(pub T);
}

pub mod num_impls {
    //! Inherent methods and trait impls of the primitive numeric types, bool and char.
    use crate::cmp::Ordering;
    use crate::num::ParseIntError;
    use crate::num::ParseFloatError;
    use crate::str::FromStr;
    impl i8 {
        pub const MIN: i8 = -127 - 1;
        pub const MAX: i8 = 127;
        pub const BITS: u32 = 8;
        pub fn pow(self, exp: u32) -> i8;
        pub fn checked_add(self, rhs: i8) -> Option<i8>;
        pub fn checked_sub(self, rhs: i8) -> Option<i8>;
        pub fn checked_mul(self, rhs: i8) -> Option<i8>;
        pub fn checked_div(self, rhs: i8) -> Option<i8>;
        pub fn checked_rem(self, rhs: i8) -> Option<i8>;
        pub fn wrapping_add(self, rhs: i8) -> i8;
        pub fn saturating_add(self, rhs: i8) -> i8;
        pub fn overflowing_add(self, rhs: i8) -> (i8, bool);
        pub fn wrapping_sub(self, rhs: i8) -> i8;
        pub fn saturating_sub(self, rhs: i8) -> i8;
        pub fn overflowing_sub(self, rhs: i8) -> (i8, bool);
        pub fn wrapping_mul(self, rhs: i8) -> i8;
        pub fn saturating_mul(self, rhs: i8) -> i8;
        pub fn overflowing_mul(self, rhs: i8) -> (i8, bool);
        pub fn rem_euclid(self, rhs: i8) -> i8;
        pub fn div_euclid(self, rhs: i8) -> i8;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: i8) -> i8;
        pub fn wrapping_rem(self, rhs: i8) -> i8;
        pub fn wrapping_neg(self) -> i8;
        pub fn overflowing_neg(self) -> (i8, bool);
        pub fn wrapping_shl(self, rhs: u32) -> i8;
        pub fn wrapping_shr(self, rhs: u32) -> i8;
        pub fn wrapping_pow(self, exp: u32) -> i8;
        pub fn checked_neg(self) -> Option<i8>;
        pub fn checked_shl(self, rhs: u32) -> Option<i8>;
        pub fn checked_shr(self, rhs: u32) -> Option<i8>;
        pub fn checked_pow(self, exp: u32) -> Option<i8>;
        pub fn saturating_pow(self, exp: u32) -> i8;
        pub fn rotate_left(self, n: u32) -> i8;
        pub fn rotate_right(self, n: u32) -> i8;
        pub fn swap_bytes(self) -> i8;
        pub fn reverse_bits(self) -> i8;
        pub fn to_be_bytes(self) -> [u8; 1];
        pub fn to_le_bytes(self) -> [u8; 1];
        pub fn to_ne_bytes(self) -> [u8; 1];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<i8, ParseIntError>;
        pub fn abs_diff(self, other: i8) -> u8;
        pub fn abs(self) -> i8;
        pub fn signum(self) -> i8;
        pub fn is_positive(self) -> bool;
        pub fn is_negative(self) -> bool;
        pub fn unsigned_abs(self) -> u8;
        pub fn wrapping_abs(self) -> i8;
        pub fn checked_abs(self) -> Option<i8>;
    }
    impl Ord for i8 { fn cmp(&self, other: &i8) -> Ordering; }
    impl Default for i8 { fn default() -> i8; }
    impl FromStr for i8 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i8, ParseIntError>; }
    impl crate::iter::Step for i8 {}
    impl i16 {
        pub const MIN: i16 = -32767 - 1;
        pub const MAX: i16 = 32767;
        pub const BITS: u32 = 16;
        pub fn pow(self, exp: u32) -> i16;
        pub fn checked_add(self, rhs: i16) -> Option<i16>;
        pub fn checked_sub(self, rhs: i16) -> Option<i16>;
        pub fn checked_mul(self, rhs: i16) -> Option<i16>;
        pub fn checked_div(self, rhs: i16) -> Option<i16>;
        pub fn checked_rem(self, rhs: i16) -> Option<i16>;
        pub fn wrapping_add(self, rhs: i16) -> i16;
        pub fn saturating_add(self, rhs: i16) -> i16;
        pub fn overflowing_add(self, rhs: i16) -> (i16, bool);
        pub fn wrapping_sub(self, rhs: i16) -> i16;
        pub fn saturating_sub(self, rhs: i16) -> i16;
        pub fn overflowing_sub(self, rhs: i16) -> (i16, bool);
        pub fn wrapping_mul(self, rhs: i16) -> i16;
        pub fn saturating_mul(self, rhs: i16) -> i16;
        pub fn overflowing_mul(self, rhs: i16) -> (i16, bool);
        pub fn rem_euclid(self, rhs: i16) -> i16;
        pub fn div_euclid(self, rhs: i16) -> i16;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: i16) -> i16;
        pub fn wrapping_rem(self, rhs: i16) -> i16;
        pub fn wrapping_neg(self) -> i16;
        pub fn overflowing_neg(self) -> (i16, bool);
        pub fn wrapping_shl(self, rhs: u32) -> i16;
        pub fn wrapping_shr(self, rhs: u32) -> i16;
        pub fn wrapping_pow(self, exp: u32) -> i16;
        pub fn checked_neg(self) -> Option<i16>;
        pub fn checked_shl(self, rhs: u32) -> Option<i16>;
        pub fn checked_shr(self, rhs: u32) -> Option<i16>;
        pub fn checked_pow(self, exp: u32) -> Option<i16>;
        pub fn saturating_pow(self, exp: u32) -> i16;
        pub fn rotate_left(self, n: u32) -> i16;
        pub fn rotate_right(self, n: u32) -> i16;
        pub fn swap_bytes(self) -> i16;
        pub fn reverse_bits(self) -> i16;
        pub fn to_be_bytes(self) -> [u8; 2];
        pub fn to_le_bytes(self) -> [u8; 2];
        pub fn to_ne_bytes(self) -> [u8; 2];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<i16, ParseIntError>;
        pub fn abs_diff(self, other: i16) -> u16;
        pub fn abs(self) -> i16;
        pub fn signum(self) -> i16;
        pub fn is_positive(self) -> bool;
        pub fn is_negative(self) -> bool;
        pub fn unsigned_abs(self) -> u16;
        pub fn wrapping_abs(self) -> i16;
        pub fn checked_abs(self) -> Option<i16>;
    }
    impl Ord for i16 { fn cmp(&self, other: &i16) -> Ordering; }
    impl Default for i16 { fn default() -> i16; }
    impl FromStr for i16 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i16, ParseIntError>; }
    impl crate::iter::Step for i16 {}
    impl i32 {
        pub const MIN: i32 = -2147483647 - 1;
        pub const MAX: i32 = 2147483647;
        pub const BITS: u32 = 32;
        pub fn pow(self, exp: u32) -> i32;
        pub fn checked_add(self, rhs: i32) -> Option<i32>;
        pub fn checked_sub(self, rhs: i32) -> Option<i32>;
        pub fn checked_mul(self, rhs: i32) -> Option<i32>;
        pub fn checked_div(self, rhs: i32) -> Option<i32>;
        pub fn checked_rem(self, rhs: i32) -> Option<i32>;
        pub fn wrapping_add(self, rhs: i32) -> i32;
        pub fn saturating_add(self, rhs: i32) -> i32;
        pub fn overflowing_add(self, rhs: i32) -> (i32, bool);
        pub fn wrapping_sub(self, rhs: i32) -> i32;
        pub fn saturating_sub(self, rhs: i32) -> i32;
        pub fn overflowing_sub(self, rhs: i32) -> (i32, bool);
        pub fn wrapping_mul(self, rhs: i32) -> i32;
        pub fn saturating_mul(self, rhs: i32) -> i32;
        pub fn overflowing_mul(self, rhs: i32) -> (i32, bool);
        pub fn rem_euclid(self, rhs: i32) -> i32;
        pub fn div_euclid(self, rhs: i32) -> i32;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: i32) -> i32;
        pub fn wrapping_rem(self, rhs: i32) -> i32;
        pub fn wrapping_neg(self) -> i32;
        pub fn overflowing_neg(self) -> (i32, bool);
        pub fn wrapping_shl(self, rhs: u32) -> i32;
        pub fn wrapping_shr(self, rhs: u32) -> i32;
        pub fn wrapping_pow(self, exp: u32) -> i32;
        pub fn checked_neg(self) -> Option<i32>;
        pub fn checked_shl(self, rhs: u32) -> Option<i32>;
        pub fn checked_shr(self, rhs: u32) -> Option<i32>;
        pub fn checked_pow(self, exp: u32) -> Option<i32>;
        pub fn saturating_pow(self, exp: u32) -> i32;
        pub fn rotate_left(self, n: u32) -> i32;
        pub fn rotate_right(self, n: u32) -> i32;
        pub fn swap_bytes(self) -> i32;
        pub fn reverse_bits(self) -> i32;
        pub fn to_be_bytes(self) -> [u8; 4];
        pub fn to_le_bytes(self) -> [u8; 4];
        pub fn to_ne_bytes(self) -> [u8; 4];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<i32, ParseIntError>;
        pub fn abs_diff(self, other: i32) -> u32;
        pub fn abs(self) -> i32;
        pub fn signum(self) -> i32;
        pub fn is_positive(self) -> bool;
        pub fn is_negative(self) -> bool;
        pub fn unsigned_abs(self) -> u32;
        pub fn wrapping_abs(self) -> i32;
        pub fn checked_abs(self) -> Option<i32>;
    }
    impl Ord for i32 { fn cmp(&self, other: &i32) -> Ordering; }
    impl Default for i32 { fn default() -> i32; }
    impl FromStr for i32 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i32, ParseIntError>; }
    impl crate::iter::Step for i32 {}
    impl i64 {
        pub const MIN: i64 = -9223372036854775807 - 1;
        pub const MAX: i64 = 9223372036854775807;
        pub const BITS: u32 = 64;
        pub fn pow(self, exp: u32) -> i64;
        pub fn checked_add(self, rhs: i64) -> Option<i64>;
        pub fn checked_sub(self, rhs: i64) -> Option<i64>;
        pub fn checked_mul(self, rhs: i64) -> Option<i64>;
        pub fn checked_div(self, rhs: i64) -> Option<i64>;
        pub fn checked_rem(self, rhs: i64) -> Option<i64>;
        pub fn wrapping_add(self, rhs: i64) -> i64;
        pub fn saturating_add(self, rhs: i64) -> i64;
        pub fn overflowing_add(self, rhs: i64) -> (i64, bool);
        pub fn wrapping_sub(self, rhs: i64) -> i64;
        pub fn saturating_sub(self, rhs: i64) -> i64;
        pub fn overflowing_sub(self, rhs: i64) -> (i64, bool);
        pub fn wrapping_mul(self, rhs: i64) -> i64;
        pub fn saturating_mul(self, rhs: i64) -> i64;
        pub fn overflowing_mul(self, rhs: i64) -> (i64, bool);
        pub fn rem_euclid(self, rhs: i64) -> i64;
        pub fn div_euclid(self, rhs: i64) -> i64;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: i64) -> i64;
        pub fn wrapping_rem(self, rhs: i64) -> i64;
        pub fn wrapping_neg(self) -> i64;
        pub fn overflowing_neg(self) -> (i64, bool);
        pub fn wrapping_shl(self, rhs: u32) -> i64;
        pub fn wrapping_shr(self, rhs: u32) -> i64;
        pub fn wrapping_pow(self, exp: u32) -> i64;
        pub fn checked_neg(self) -> Option<i64>;
        pub fn checked_shl(self, rhs: u32) -> Option<i64>;
        pub fn checked_shr(self, rhs: u32) -> Option<i64>;
        pub fn checked_pow(self, exp: u32) -> Option<i64>;
        pub fn saturating_pow(self, exp: u32) -> i64;
        pub fn rotate_left(self, n: u32) -> i64;
        pub fn rotate_right(self, n: u32) -> i64;
        pub fn swap_bytes(self) -> i64;
        pub fn reverse_bits(self) -> i64;
        pub fn to_be_bytes(self) -> [u8; 8];
        pub fn to_le_bytes(self) -> [u8; 8];
        pub fn to_ne_bytes(self) -> [u8; 8];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<i64, ParseIntError>;
        pub fn abs_diff(self, other: i64) -> u64;
        pub fn abs(self) -> i64;
        pub fn signum(self) -> i64;
        pub fn is_positive(self) -> bool;
        pub fn is_negative(self) -> bool;
        pub fn unsigned_abs(self) -> u64;
        pub fn wrapping_abs(self) -> i64;
        pub fn checked_abs(self) -> Option<i64>;
    }
    impl Ord for i64 { fn cmp(&self, other: &i64) -> Ordering; }
    impl Default for i64 { fn default() -> i64; }
    impl FromStr for i64 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i64, ParseIntError>; }
    impl crate::iter::Step for i64 {}
    impl i128 {
        pub const MIN: i128 = -170141183460469231731687303715884105727 - 1;
        pub const MAX: i128 = 170141183460469231731687303715884105727;
        pub const BITS: u32 = 128;
        pub fn pow(self, exp: u32) -> i128;
        pub fn checked_add(self, rhs: i128) -> Option<i128>;
        pub fn checked_sub(self, rhs: i128) -> Option<i128>;
        pub fn checked_mul(self, rhs: i128) -> Option<i128>;
        pub fn checked_div(self, rhs: i128) -> Option<i128>;
        pub fn checked_rem(self, rhs: i128) -> Option<i128>;
        pub fn wrapping_add(self, rhs: i128) -> i128;
        pub fn saturating_add(self, rhs: i128) -> i128;
        pub fn overflowing_add(self, rhs: i128) -> (i128, bool);
        pub fn wrapping_sub(self, rhs: i128) -> i128;
        pub fn saturating_sub(self, rhs: i128) -> i128;
        pub fn overflowing_sub(self, rhs: i128) -> (i128, bool);
        pub fn wrapping_mul(self, rhs: i128) -> i128;
        pub fn saturating_mul(self, rhs: i128) -> i128;
        pub fn overflowing_mul(self, rhs: i128) -> (i128, bool);
        pub fn rem_euclid(self, rhs: i128) -> i128;
        pub fn div_euclid(self, rhs: i128) -> i128;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: i128) -> i128;
        pub fn wrapping_rem(self, rhs: i128) -> i128;
        pub fn wrapping_neg(self) -> i128;
        pub fn overflowing_neg(self) -> (i128, bool);
        pub fn wrapping_shl(self, rhs: u32) -> i128;
        pub fn wrapping_shr(self, rhs: u32) -> i128;
        pub fn wrapping_pow(self, exp: u32) -> i128;
        pub fn checked_neg(self) -> Option<i128>;
        pub fn checked_shl(self, rhs: u32) -> Option<i128>;
        pub fn checked_shr(self, rhs: u32) -> Option<i128>;
        pub fn checked_pow(self, exp: u32) -> Option<i128>;
        pub fn saturating_pow(self, exp: u32) -> i128;
        pub fn rotate_left(self, n: u32) -> i128;
        pub fn rotate_right(self, n: u32) -> i128;
        pub fn swap_bytes(self) -> i128;
        pub fn reverse_bits(self) -> i128;
        pub fn to_be_bytes(self) -> [u8; 16];
        pub fn to_le_bytes(self) -> [u8; 16];
        pub fn to_ne_bytes(self) -> [u8; 16];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<i128, ParseIntError>;
        pub fn abs_diff(self, other: i128) -> u128;
        pub fn abs(self) -> i128;
        pub fn signum(self) -> i128;
        pub fn is_positive(self) -> bool;
        pub fn is_negative(self) -> bool;
        pub fn unsigned_abs(self) -> u128;
        pub fn wrapping_abs(self) -> i128;
        pub fn checked_abs(self) -> Option<i128>;
    }
    impl Ord for i128 { fn cmp(&self, other: &i128) -> Ordering; }
    impl Default for i128 { fn default() -> i128; }
    impl FromStr for i128 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i128, ParseIntError>; }
    impl crate::iter::Step for i128 {}
    impl isize {
        pub const MIN: isize = -9223372036854775807 - 1;
        pub const MAX: isize = 9223372036854775807;
        pub const BITS: u32 = 64;
        pub fn pow(self, exp: u32) -> isize;
        pub fn checked_add(self, rhs: isize) -> Option<isize>;
        pub fn checked_sub(self, rhs: isize) -> Option<isize>;
        pub fn checked_mul(self, rhs: isize) -> Option<isize>;
        pub fn checked_div(self, rhs: isize) -> Option<isize>;
        pub fn checked_rem(self, rhs: isize) -> Option<isize>;
        pub fn wrapping_add(self, rhs: isize) -> isize;
        pub fn saturating_add(self, rhs: isize) -> isize;
        pub fn overflowing_add(self, rhs: isize) -> (isize, bool);
        pub fn wrapping_sub(self, rhs: isize) -> isize;
        pub fn saturating_sub(self, rhs: isize) -> isize;
        pub fn overflowing_sub(self, rhs: isize) -> (isize, bool);
        pub fn wrapping_mul(self, rhs: isize) -> isize;
        pub fn saturating_mul(self, rhs: isize) -> isize;
        pub fn overflowing_mul(self, rhs: isize) -> (isize, bool);
        pub fn rem_euclid(self, rhs: isize) -> isize;
        pub fn div_euclid(self, rhs: isize) -> isize;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: isize) -> isize;
        pub fn wrapping_rem(self, rhs: isize) -> isize;
        pub fn wrapping_neg(self) -> isize;
        pub fn overflowing_neg(self) -> (isize, bool);
        pub fn wrapping_shl(self, rhs: u32) -> isize;
        pub fn wrapping_shr(self, rhs: u32) -> isize;
        pub fn wrapping_pow(self, exp: u32) -> isize;
        pub fn checked_neg(self) -> Option<isize>;
        pub fn checked_shl(self, rhs: u32) -> Option<isize>;
        pub fn checked_shr(self, rhs: u32) -> Option<isize>;
        pub fn checked_pow(self, exp: u32) -> Option<isize>;
        pub fn saturating_pow(self, exp: u32) -> isize;
        pub fn rotate_left(self, n: u32) -> isize;
        pub fn rotate_right(self, n: u32) -> isize;
        pub fn swap_bytes(self) -> isize;
        pub fn reverse_bits(self) -> isize;
        pub fn to_be_bytes(self) -> [u8; 8];
        pub fn to_le_bytes(self) -> [u8; 8];
        pub fn to_ne_bytes(self) -> [u8; 8];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<isize, ParseIntError>;
        pub fn abs_diff(self, other: isize) -> usize;
        pub fn abs(self) -> isize;
        pub fn signum(self) -> isize;
        pub fn is_positive(self) -> bool;
        pub fn is_negative(self) -> bool;
        pub fn unsigned_abs(self) -> usize;
        pub fn wrapping_abs(self) -> isize;
        pub fn checked_abs(self) -> Option<isize>;
    }
    impl Ord for isize { fn cmp(&self, other: &isize) -> Ordering; }
    impl Default for isize { fn default() -> isize; }
    impl FromStr for isize { type Err = ParseIntError; fn from_str(s: &str) -> Result<isize, ParseIntError>; }
    impl crate::iter::Step for isize {}
    impl u8 {
        pub const MIN: u8 = 0;
        pub const MAX: u8 = 255;
        pub const BITS: u32 = 8;
        pub fn pow(self, exp: u32) -> u8;
        pub fn checked_add(self, rhs: u8) -> Option<u8>;
        pub fn checked_sub(self, rhs: u8) -> Option<u8>;
        pub fn checked_mul(self, rhs: u8) -> Option<u8>;
        pub fn checked_div(self, rhs: u8) -> Option<u8>;
        pub fn checked_rem(self, rhs: u8) -> Option<u8>;
        pub fn wrapping_add(self, rhs: u8) -> u8;
        pub fn saturating_add(self, rhs: u8) -> u8;
        pub fn overflowing_add(self, rhs: u8) -> (u8, bool);
        pub fn wrapping_sub(self, rhs: u8) -> u8;
        pub fn saturating_sub(self, rhs: u8) -> u8;
        pub fn overflowing_sub(self, rhs: u8) -> (u8, bool);
        pub fn wrapping_mul(self, rhs: u8) -> u8;
        pub fn saturating_mul(self, rhs: u8) -> u8;
        pub fn overflowing_mul(self, rhs: u8) -> (u8, bool);
        pub fn rem_euclid(self, rhs: u8) -> u8;
        pub fn div_euclid(self, rhs: u8) -> u8;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: u8) -> u8;
        pub fn wrapping_rem(self, rhs: u8) -> u8;
        pub fn wrapping_neg(self) -> u8;
        pub fn overflowing_neg(self) -> (u8, bool);
        pub fn wrapping_shl(self, rhs: u32) -> u8;
        pub fn wrapping_shr(self, rhs: u32) -> u8;
        pub fn wrapping_pow(self, exp: u32) -> u8;
        pub fn checked_neg(self) -> Option<u8>;
        pub fn checked_shl(self, rhs: u32) -> Option<u8>;
        pub fn checked_shr(self, rhs: u32) -> Option<u8>;
        pub fn checked_pow(self, exp: u32) -> Option<u8>;
        pub fn saturating_pow(self, exp: u32) -> u8;
        pub fn rotate_left(self, n: u32) -> u8;
        pub fn rotate_right(self, n: u32) -> u8;
        pub fn swap_bytes(self) -> u8;
        pub fn reverse_bits(self) -> u8;
        pub fn to_be_bytes(self) -> [u8; 1];
        pub fn to_le_bytes(self) -> [u8; 1];
        pub fn to_ne_bytes(self) -> [u8; 1];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<u8, ParseIntError>;
        pub fn abs_diff(self, other: u8) -> u8;
        pub fn is_power_of_two(self) -> bool;
        pub fn next_power_of_two(self) -> u8;
        pub fn checked_next_power_of_two(self) -> Option<u8>;
    }
    impl Ord for u8 { fn cmp(&self, other: &u8) -> Ordering; }
    impl Default for u8 { fn default() -> u8; }
    impl FromStr for u8 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u8, ParseIntError>; }
    impl crate::iter::Step for u8 {}
    impl u16 {
        pub const MIN: u16 = 0;
        pub const MAX: u16 = 65535;
        pub const BITS: u32 = 16;
        pub fn pow(self, exp: u32) -> u16;
        pub fn checked_add(self, rhs: u16) -> Option<u16>;
        pub fn checked_sub(self, rhs: u16) -> Option<u16>;
        pub fn checked_mul(self, rhs: u16) -> Option<u16>;
        pub fn checked_div(self, rhs: u16) -> Option<u16>;
        pub fn checked_rem(self, rhs: u16) -> Option<u16>;
        pub fn wrapping_add(self, rhs: u16) -> u16;
        pub fn saturating_add(self, rhs: u16) -> u16;
        pub fn overflowing_add(self, rhs: u16) -> (u16, bool);
        pub fn wrapping_sub(self, rhs: u16) -> u16;
        pub fn saturating_sub(self, rhs: u16) -> u16;
        pub fn overflowing_sub(self, rhs: u16) -> (u16, bool);
        pub fn wrapping_mul(self, rhs: u16) -> u16;
        pub fn saturating_mul(self, rhs: u16) -> u16;
        pub fn overflowing_mul(self, rhs: u16) -> (u16, bool);
        pub fn rem_euclid(self, rhs: u16) -> u16;
        pub fn div_euclid(self, rhs: u16) -> u16;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: u16) -> u16;
        pub fn wrapping_rem(self, rhs: u16) -> u16;
        pub fn wrapping_neg(self) -> u16;
        pub fn overflowing_neg(self) -> (u16, bool);
        pub fn wrapping_shl(self, rhs: u32) -> u16;
        pub fn wrapping_shr(self, rhs: u32) -> u16;
        pub fn wrapping_pow(self, exp: u32) -> u16;
        pub fn checked_neg(self) -> Option<u16>;
        pub fn checked_shl(self, rhs: u32) -> Option<u16>;
        pub fn checked_shr(self, rhs: u32) -> Option<u16>;
        pub fn checked_pow(self, exp: u32) -> Option<u16>;
        pub fn saturating_pow(self, exp: u32) -> u16;
        pub fn rotate_left(self, n: u32) -> u16;
        pub fn rotate_right(self, n: u32) -> u16;
        pub fn swap_bytes(self) -> u16;
        pub fn reverse_bits(self) -> u16;
        pub fn to_be_bytes(self) -> [u8; 2];
        pub fn to_le_bytes(self) -> [u8; 2];
        pub fn to_ne_bytes(self) -> [u8; 2];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<u16, ParseIntError>;
        pub fn abs_diff(self, other: u16) -> u16;
        pub fn is_power_of_two(self) -> bool;
        pub fn next_power_of_two(self) -> u16;
        pub fn checked_next_power_of_two(self) -> Option<u16>;
    }
    impl Ord for u16 { fn cmp(&self, other: &u16) -> Ordering; }
    impl Default for u16 { fn default() -> u16; }
    impl FromStr for u16 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u16, ParseIntError>; }
    impl crate::iter::Step for u16 {}
    impl u32 {
        pub const MIN: u32 = 0;
        pub const MAX: u32 = 4294967295;
        pub const BITS: u32 = 32;
        pub fn pow(self, exp: u32) -> u32;
        pub fn checked_add(self, rhs: u32) -> Option<u32>;
        pub fn checked_sub(self, rhs: u32) -> Option<u32>;
        pub fn checked_mul(self, rhs: u32) -> Option<u32>;
        pub fn checked_div(self, rhs: u32) -> Option<u32>;
        pub fn checked_rem(self, rhs: u32) -> Option<u32>;
        pub fn wrapping_add(self, rhs: u32) -> u32;
        pub fn saturating_add(self, rhs: u32) -> u32;
        pub fn overflowing_add(self, rhs: u32) -> (u32, bool);
        pub fn wrapping_sub(self, rhs: u32) -> u32;
        pub fn saturating_sub(self, rhs: u32) -> u32;
        pub fn overflowing_sub(self, rhs: u32) -> (u32, bool);
        pub fn wrapping_mul(self, rhs: u32) -> u32;
        pub fn saturating_mul(self, rhs: u32) -> u32;
        pub fn overflowing_mul(self, rhs: u32) -> (u32, bool);
        pub fn rem_euclid(self, rhs: u32) -> u32;
        pub fn div_euclid(self, rhs: u32) -> u32;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: u32) -> u32;
        pub fn wrapping_rem(self, rhs: u32) -> u32;
        pub fn wrapping_neg(self) -> u32;
        pub fn overflowing_neg(self) -> (u32, bool);
        pub fn wrapping_shl(self, rhs: u32) -> u32;
        pub fn wrapping_shr(self, rhs: u32) -> u32;
        pub fn wrapping_pow(self, exp: u32) -> u32;
        pub fn checked_neg(self) -> Option<u32>;
        pub fn checked_shl(self, rhs: u32) -> Option<u32>;
        pub fn checked_shr(self, rhs: u32) -> Option<u32>;
        pub fn checked_pow(self, exp: u32) -> Option<u32>;
        pub fn saturating_pow(self, exp: u32) -> u32;
        pub fn rotate_left(self, n: u32) -> u32;
        pub fn rotate_right(self, n: u32) -> u32;
        pub fn swap_bytes(self) -> u32;
        pub fn reverse_bits(self) -> u32;
        pub fn to_be_bytes(self) -> [u8; 4];
        pub fn to_le_bytes(self) -> [u8; 4];
        pub fn to_ne_bytes(self) -> [u8; 4];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<u32, ParseIntError>;
        pub fn abs_diff(self, other: u32) -> u32;
        pub fn is_power_of_two(self) -> bool;
        pub fn next_power_of_two(self) -> u32;
        pub fn checked_next_power_of_two(self) -> Option<u32>;
    }
    impl Ord for u32 { fn cmp(&self, other: &u32) -> Ordering; }
    impl Default for u32 { fn default() -> u32; }
    impl FromStr for u32 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u32, ParseIntError>; }
    impl crate::iter::Step for u32 {}
    impl u64 {
        pub const MIN: u64 = 0;
        pub const MAX: u64 = 18446744073709551615;
        pub const BITS: u32 = 64;
        pub fn pow(self, exp: u32) -> u64;
        pub fn checked_add(self, rhs: u64) -> Option<u64>;
        pub fn checked_sub(self, rhs: u64) -> Option<u64>;
        pub fn checked_mul(self, rhs: u64) -> Option<u64>;
        pub fn checked_div(self, rhs: u64) -> Option<u64>;
        pub fn checked_rem(self, rhs: u64) -> Option<u64>;
        pub fn wrapping_add(self, rhs: u64) -> u64;
        pub fn saturating_add(self, rhs: u64) -> u64;
        pub fn overflowing_add(self, rhs: u64) -> (u64, bool);
        pub fn wrapping_sub(self, rhs: u64) -> u64;
        pub fn saturating_sub(self, rhs: u64) -> u64;
        pub fn overflowing_sub(self, rhs: u64) -> (u64, bool);
        pub fn wrapping_mul(self, rhs: u64) -> u64;
        pub fn saturating_mul(self, rhs: u64) -> u64;
        pub fn overflowing_mul(self, rhs: u64) -> (u64, bool);
        pub fn rem_euclid(self, rhs: u64) -> u64;
        pub fn div_euclid(self, rhs: u64) -> u64;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: u64) -> u64;
        pub fn wrapping_rem(self, rhs: u64) -> u64;
        pub fn wrapping_neg(self) -> u64;
        pub fn overflowing_neg(self) -> (u64, bool);
        pub fn wrapping_shl(self, rhs: u32) -> u64;
        pub fn wrapping_shr(self, rhs: u32) -> u64;
        pub fn wrapping_pow(self, exp: u32) -> u64;
        pub fn checked_neg(self) -> Option<u64>;
        pub fn checked_shl(self, rhs: u32) -> Option<u64>;
        pub fn checked_shr(self, rhs: u32) -> Option<u64>;
        pub fn checked_pow(self, exp: u32) -> Option<u64>;
        pub fn saturating_pow(self, exp: u32) -> u64;
        pub fn rotate_left(self, n: u32) -> u64;
        pub fn rotate_right(self, n: u32) -> u64;
        pub fn swap_bytes(self) -> u64;
        pub fn reverse_bits(self) -> u64;
        pub fn to_be_bytes(self) -> [u8; 8];
        pub fn to_le_bytes(self) -> [u8; 8];
        pub fn to_ne_bytes(self) -> [u8; 8];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<u64, ParseIntError>;
        pub fn abs_diff(self, other: u64) -> u64;
        pub fn is_power_of_two(self) -> bool;
        pub fn next_power_of_two(self) -> u64;
        pub fn checked_next_power_of_two(self) -> Option<u64>;
    }
    impl Ord for u64 { fn cmp(&self, other: &u64) -> Ordering; }
    impl Default for u64 { fn default() -> u64; }
    impl FromStr for u64 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u64, ParseIntError>; }
    impl crate::iter::Step for u64 {}
    impl u128 {
        pub const MIN: u128 = 0;
        pub const MAX: u128 = 340282366920938463463374607431768211455;
        pub const BITS: u32 = 128;
        pub fn pow(self, exp: u32) -> u128;
        pub fn checked_add(self, rhs: u128) -> Option<u128>;
        pub fn checked_sub(self, rhs: u128) -> Option<u128>;
        pub fn checked_mul(self, rhs: u128) -> Option<u128>;
        pub fn checked_div(self, rhs: u128) -> Option<u128>;
        pub fn checked_rem(self, rhs: u128) -> Option<u128>;
        pub fn wrapping_add(self, rhs: u128) -> u128;
        pub fn saturating_add(self, rhs: u128) -> u128;
        pub fn overflowing_add(self, rhs: u128) -> (u128, bool);
        pub fn wrapping_sub(self, rhs: u128) -> u128;
        pub fn saturating_sub(self, rhs: u128) -> u128;
        pub fn overflowing_sub(self, rhs: u128) -> (u128, bool);
        pub fn wrapping_mul(self, rhs: u128) -> u128;
        pub fn saturating_mul(self, rhs: u128) -> u128;
        pub fn overflowing_mul(self, rhs: u128) -> (u128, bool);
        pub fn rem_euclid(self, rhs: u128) -> u128;
        pub fn div_euclid(self, rhs: u128) -> u128;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: u128) -> u128;
        pub fn wrapping_rem(self, rhs: u128) -> u128;
        pub fn wrapping_neg(self) -> u128;
        pub fn overflowing_neg(self) -> (u128, bool);
        pub fn wrapping_shl(self, rhs: u32) -> u128;
        pub fn wrapping_shr(self, rhs: u32) -> u128;
        pub fn wrapping_pow(self, exp: u32) -> u128;
        pub fn checked_neg(self) -> Option<u128>;
        pub fn checked_shl(self, rhs: u32) -> Option<u128>;
        pub fn checked_shr(self, rhs: u32) -> Option<u128>;
        pub fn checked_pow(self, exp: u32) -> Option<u128>;
        pub fn saturating_pow(self, exp: u32) -> u128;
        pub fn rotate_left(self, n: u32) -> u128;
        pub fn rotate_right(self, n: u32) -> u128;
        pub fn swap_bytes(self) -> u128;
        pub fn reverse_bits(self) -> u128;
        pub fn to_be_bytes(self) -> [u8; 16];
        pub fn to_le_bytes(self) -> [u8; 16];
        pub fn to_ne_bytes(self) -> [u8; 16];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<u128, ParseIntError>;
        pub fn abs_diff(self, other: u128) -> u128;
        pub fn is_power_of_two(self) -> bool;
        pub fn next_power_of_two(self) -> u128;
        pub fn checked_next_power_of_two(self) -> Option<u128>;
    }
    impl Ord for u128 { fn cmp(&self, other: &u128) -> Ordering; }
    impl Default for u128 { fn default() -> u128; }
    impl FromStr for u128 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u128, ParseIntError>; }
    impl crate::iter::Step for u128 {}
    impl usize {
        pub const MIN: usize = 0;
        pub const MAX: usize = 18446744073709551615;
        pub const BITS: u32 = 64;
        pub fn pow(self, exp: u32) -> usize;
        pub fn checked_add(self, rhs: usize) -> Option<usize>;
        pub fn checked_sub(self, rhs: usize) -> Option<usize>;
        pub fn checked_mul(self, rhs: usize) -> Option<usize>;
        pub fn checked_div(self, rhs: usize) -> Option<usize>;
        pub fn checked_rem(self, rhs: usize) -> Option<usize>;
        pub fn wrapping_add(self, rhs: usize) -> usize;
        pub fn saturating_add(self, rhs: usize) -> usize;
        pub fn overflowing_add(self, rhs: usize) -> (usize, bool);
        pub fn wrapping_sub(self, rhs: usize) -> usize;
        pub fn saturating_sub(self, rhs: usize) -> usize;
        pub fn overflowing_sub(self, rhs: usize) -> (usize, bool);
        pub fn wrapping_mul(self, rhs: usize) -> usize;
        pub fn saturating_mul(self, rhs: usize) -> usize;
        pub fn overflowing_mul(self, rhs: usize) -> (usize, bool);
        pub fn rem_euclid(self, rhs: usize) -> usize;
        pub fn div_euclid(self, rhs: usize) -> usize;
        pub fn count_ones(self) -> u32;
        pub fn leading_zeros(self) -> u32;
        pub fn trailing_zeros(self) -> u32;
        pub fn count_zeros(self) -> u32;
        pub fn wrapping_div(self, rhs: usize) -> usize;
        pub fn wrapping_rem(self, rhs: usize) -> usize;
        pub fn wrapping_neg(self) -> usize;
        pub fn overflowing_neg(self) -> (usize, bool);
        pub fn wrapping_shl(self, rhs: u32) -> usize;
        pub fn wrapping_shr(self, rhs: u32) -> usize;
        pub fn wrapping_pow(self, exp: u32) -> usize;
        pub fn checked_neg(self) -> Option<usize>;
        pub fn checked_shl(self, rhs: u32) -> Option<usize>;
        pub fn checked_shr(self, rhs: u32) -> Option<usize>;
        pub fn checked_pow(self, exp: u32) -> Option<usize>;
        pub fn saturating_pow(self, exp: u32) -> usize;
        pub fn rotate_left(self, n: u32) -> usize;
        pub fn rotate_right(self, n: u32) -> usize;
        pub fn swap_bytes(self) -> usize;
        pub fn reverse_bits(self) -> usize;
        pub fn to_be_bytes(self) -> [u8; 8];
        pub fn to_le_bytes(self) -> [u8; 8];
        pub fn to_ne_bytes(self) -> [u8; 8];
        pub fn from_str_radix(src: &str, radix: u32) -> Result<usize, ParseIntError>;
        pub fn abs_diff(self, other: usize) -> usize;
        pub fn is_power_of_two(self) -> bool;
        pub fn next_power_of_two(self) -> usize;
        pub fn checked_next_power_of_two(self) -> Option<usize>;
    }
    impl Ord for usize { fn cmp(&self, other: &usize) -> Ordering; }
    impl Default for usize { fn default() -> usize; }
    impl FromStr for usize { type Err = ParseIntError; fn from_str(s: &str) -> Result<usize, ParseIntError>; }
    impl crate::iter::Step for usize {}
    impl f32 {
        pub const MAX: f32 = 3.40282347e+38_f32;
        pub const MIN: f32 = -3.40282347e+38_f32;
        pub const EPSILON: f32 = 1.19209290e-07_f32;
        pub const INFINITY: f32 = 1.0_f32 / 0.0_f32;
        pub const NEG_INFINITY: f32 = -1.0_f32 / 0.0_f32;
        pub const NAN: f32 = 0.0_f32 / 0.0_f32;
        pub fn sqrt(self) -> f32;
        pub fn abs(self) -> f32;
        pub fn floor(self) -> f32;
        pub fn ceil(self) -> f32;
        pub fn round(self) -> f32;
        pub fn trunc(self) -> f32;
        pub fn fract(self) -> f32;
        pub fn sin(self) -> f32;
        pub fn cos(self) -> f32;
        pub fn tan(self) -> f32;
        pub fn ln(self) -> f32;
        pub fn log10(self) -> f32;
        pub fn log2(self) -> f32;
        pub fn exp(self) -> f32;
        pub fn signum(self) -> f32;
        pub fn to_degrees(self) -> f32;
        pub fn to_radians(self) -> f32;
        pub fn recip(self) -> f32;
        pub fn cbrt(self) -> f32;
        pub fn powi(self, n: i32) -> f32;
        pub fn powf(self, n: f32) -> f32;
        pub fn min(self, other: f32) -> f32;
        pub fn max(self, other: f32) -> f32;
        pub fn clamp(self, min: f32, max: f32) -> f32;
        pub fn hypot(self, other: f32) -> f32;
        pub fn atan2(self, other: f32) -> f32;
        pub fn is_nan(self) -> bool;
        pub fn is_finite(self) -> bool;
        pub fn is_infinite(self) -> bool;
        pub fn to_bits(self) -> u32;
        pub fn mul_add(self, a: f32, b: f32) -> f32;
        pub fn asin(self) -> f32;
        pub fn acos(self) -> f32;
        pub fn atan(self) -> f32;
        pub fn exp2(self) -> f32;
        pub fn sinh(self) -> f32;
        pub fn cosh(self) -> f32;
        pub fn tanh(self) -> f32;
        pub fn log(self, base: f32) -> f32;
        pub fn is_sign_negative(self) -> bool;
        pub fn is_sign_positive(self) -> bool;
    }
    impl PartialOrd for f32 { fn partial_cmp(&self, other: &f32) -> Option<Ordering>; }
    impl Default for f32 { fn default() -> f32; }
    impl FromStr for f32 { type Err = ParseFloatError; fn from_str(s: &str) -> Result<f32, ParseFloatError>; }
    impl f64 {
        pub const MAX: f64 = 1.7976931348623157e308_f64;
        pub const MIN: f64 = -1.7976931348623157e308_f64;
        pub const EPSILON: f64 = 2.2204460492503131e-16_f64;
        pub const INFINITY: f64 = 1.0_f64 / 0.0_f64;
        pub const NEG_INFINITY: f64 = -1.0_f64 / 0.0_f64;
        pub const NAN: f64 = 0.0_f64 / 0.0_f64;
        pub fn sqrt(self) -> f64;
        pub fn abs(self) -> f64;
        pub fn floor(self) -> f64;
        pub fn ceil(self) -> f64;
        pub fn round(self) -> f64;
        pub fn trunc(self) -> f64;
        pub fn fract(self) -> f64;
        pub fn sin(self) -> f64;
        pub fn cos(self) -> f64;
        pub fn tan(self) -> f64;
        pub fn ln(self) -> f64;
        pub fn log10(self) -> f64;
        pub fn log2(self) -> f64;
        pub fn exp(self) -> f64;
        pub fn signum(self) -> f64;
        pub fn to_degrees(self) -> f64;
        pub fn to_radians(self) -> f64;
        pub fn recip(self) -> f64;
        pub fn cbrt(self) -> f64;
        pub fn powi(self, n: i32) -> f64;
        pub fn powf(self, n: f64) -> f64;
        pub fn min(self, other: f64) -> f64;
        pub fn max(self, other: f64) -> f64;
        pub fn clamp(self, min: f64, max: f64) -> f64;
        pub fn hypot(self, other: f64) -> f64;
        pub fn atan2(self, other: f64) -> f64;
        pub fn is_nan(self) -> bool;
        pub fn is_finite(self) -> bool;
        pub fn is_infinite(self) -> bool;
        pub fn to_bits(self) -> u64;
        pub fn mul_add(self, a: f64, b: f64) -> f64;
        pub fn asin(self) -> f64;
        pub fn acos(self) -> f64;
        pub fn atan(self) -> f64;
        pub fn exp2(self) -> f64;
        pub fn sinh(self) -> f64;
        pub fn cosh(self) -> f64;
        pub fn tanh(self) -> f64;
        pub fn log(self, base: f64) -> f64;
        pub fn is_sign_negative(self) -> bool;
        pub fn is_sign_positive(self) -> bool;
    }
    impl PartialOrd for f64 { fn partial_cmp(&self, other: &f64) -> Option<Ordering>; }
    impl Default for f64 { fn default() -> f64; }
    impl FromStr for f64 { type Err = ParseFloatError; fn from_str(s: &str) -> Result<f64, ParseFloatError>; }
    impl char {
        pub fn is_alphabetic(self) -> bool;
        pub fn is_alphanumeric(self) -> bool;
        pub fn is_numeric(self) -> bool;
        pub fn is_whitespace(self) -> bool;
        pub fn is_uppercase(self) -> bool;
        pub fn is_lowercase(self) -> bool;
        pub fn is_digit(self, radix: u32) -> bool;
        pub fn to_digit(self, radix: u32) -> Option<u32>;
        pub fn is_ascii(&self) -> bool;
        pub fn is_ascii_digit(&self) -> bool;
        pub fn is_ascii_alphabetic(&self) -> bool;
        pub fn is_ascii_uppercase(&self) -> bool;
        pub fn is_ascii_lowercase(&self) -> bool;
        pub fn is_ascii_punctuation(&self) -> bool;
        pub fn is_ascii_whitespace(&self) -> bool;
        pub fn to_ascii_uppercase(&self) -> char;
        pub fn to_ascii_lowercase(&self) -> char;
        pub fn len_utf8(self) -> usize;
        pub fn to_uppercase(self) -> crate::char::ToUppercase;
        pub fn to_lowercase(self) -> crate::char::ToLowercase;
        pub fn is_ascii_alphanumeric(&self) -> bool;
        pub fn is_control(self) -> bool;
        pub fn is_ascii_hexdigit(&self) -> bool;
        pub fn is_ascii_graphic(&self) -> bool;
        pub fn is_ascii_control(&self) -> bool;
        pub fn from_u32(i: u32) -> Option<char>;
        pub fn from_digit(num: u32, radix: u32) -> Option<char>;
    }
    impl Ord for char { fn cmp(&self, other: &char) -> Ordering; }
    impl Default for char { fn default() -> char; }
    impl crate::iter::Step for char {}
    impl Ord for bool { fn cmp(&self, other: &bool) -> Ordering; }
    impl Default for bool { fn default() -> bool; }
    impl Ord for str { fn cmp(&self, other: &str) -> Ordering; }
    impl Ord for crate::string::String { fn cmp(&self, other: &crate::string::String) -> Ordering; }
}

pub mod borrow {
    pub trait Borrow<Borrowed: ?Sized> { fn borrow(&self) -> &Borrowed; }
    pub trait ToOwned { type Owned; fn to_owned(&self) -> Self::Owned; }
    pub enum Cow<'a, B: ?Sized + 'a> { Borrowed(&'a B), Owned(B) }
}

pub mod convert {
    pub trait From<T>: Sized { fn from(value: T) -> Self; }
    pub trait Into<T>: Sized { fn into(self) -> T; }
    impl<T, U: From<T>> Into<U> for T { fn into(self) -> U; }
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
        fn count(self) -> usize where Self: Sized;
        fn last(self) -> Option<Self::Item> where Self: Sized;
        fn nth(&mut self, n: usize) -> Option<Self::Item>;
        fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> where Self: Sized;
        fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> where Self: Sized;
        fn enumerate(self) -> Enumerate<Self> where Self: Sized;
        fn rev(self) -> Rev<Self> where Self: Sized + DoubleEndedIterator;
        fn take(self, n: usize) -> Take<Self> where Self: Sized;
        fn skip(self, n: usize) -> Skip<Self> where Self: Sized;
        fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> where Self: Sized;
        fn sum<S: Sum<Self::Item>>(self) -> S where Self: Sized;
        fn product<P: Product<Self::Item>>(self) -> P where Self: Sized;
        fn collect<B: FromIterator<Self::Item>>(self) -> B where Self: Sized;
        fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B where Self: Sized;
        fn any<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool where Self: Sized;
        fn all<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool where Self: Sized;
        fn find<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized;
        fn position<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize> where Self: Sized;
        fn for_each<F: FnMut(Self::Item)>(self, f: F) where Self: Sized;
        fn max(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
        fn min(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
        fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self> where Self: Sized + Iterator<Item = &'a T>;
        fn copied<'a, T: 'a + Copy>(self) -> Copied<Self> where Self: Sized + Iterator<Item = &'a T>;
        fn peekable(self) -> Peekable<Self> where Self: Sized;
        fn step_by(self, step: usize) -> StepBy<Self> where Self: Sized;
        fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> where Self: Sized;
        fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> where Self: Sized;
        fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F> where Self: Sized;
        fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> where Self: Sized;
        fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item> where Self: Sized;
        fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item> where Self: Sized;
        fn max_by<F: FnMut(&Self::Item, &Self::Item) -> crate::cmp::Ordering>(self, compare: F) -> Option<Self::Item> where Self: Sized;
        fn min_by<F: FnMut(&Self::Item, &Self::Item) -> crate::cmp::Ordering>(self, compare: F) -> Option<Self::Item> where Self: Sized;
        fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> where Self: Sized;
        fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> where Self: Sized;
        fn flatten(self) -> Flatten<Self> where Self: Sized, Self::Item: IntoIterator;
        fn by_ref(&mut self) -> &mut Self where Self: Sized;
        fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(self, f: F) -> (B, B) where Self: Sized;
    }
    impl<T> Iterator for Once<T> { type Item = T; fn next(&mut self) -> Option<T>; }
    impl<T> Iterator for Empty<T> { type Item = T; fn next(&mut self) -> Option<T>; }
    impl<T: Clone> Iterator for Repeat<T> { type Item = T; fn next(&mut self) -> Option<T>; }
    impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> { type Item = T; fn next(&mut self) -> Option<T>; }
    pub struct Inspect<I, F>(I, F);
    pub struct Flatten<I>(I);
    impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<I: Iterator<Item = U>, U: IntoIterator> Iterator for Flatten<I> { type Item = U::Item; fn next(&mut self) -> Option<U::Item>; }
    impl<'a, T> IntoIterator for &'a crate::vec::Vec<T> { type Item = &'a T; type IntoIter = crate::slice::Iter<'a, T>; fn into_iter(self) -> crate::slice::Iter<'a, T>; }
    impl<'a, T> IntoIterator for &'a [T] { type Item = &'a T; type IntoIter = crate::slice::Iter<'a, T>; fn into_iter(self) -> crate::slice::Iter<'a, T>; }
    // After the impls for concrete types: a projection takes the first impl whose self type unifies.
    impl<I: Iterator> IntoIterator for I { type Item = I::Item; type IntoIter = I; fn into_iter(self) -> I; }
    pub trait Step: Clone + PartialOrd + Sized {}
    pub struct Map<I, F>(I, F);
    pub struct Filter<I, P>(I, P);
    pub struct Enumerate<I>(I);
    pub struct Take<I>(I);
    pub struct Skip<I>(I);
    pub struct Zip<A, B>(A, B);
    pub struct Cloned<I>(I);
    pub struct StepBy<I>(I);
    pub struct TakeWhile<I, P>(I, P);
    pub struct SkipWhile<I, P>(I, P);
    pub struct FlatMap<I, U, F>(I, U, F);
    pub struct Chain<A, B>(A, B);
    pub struct FilterMap<I, F>(I, F);
    impl<I: Iterator> Iterator for StepBy<I> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> { type Item = U::Item; fn next(&mut self) -> Option<U::Item>; }
    impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> { type Item = A::Item; fn next(&mut self) -> Option<A::Item>; }
    impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> { type Item = B; fn next(&mut self) -> Option<B>; }
    impl<I: Iterator> Peekable<I> { pub fn peek(&mut self) -> Option<&I::Item>; }
    pub struct Copied<I>(I);
    impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> { type Item = B; fn next(&mut self) -> Option<B>; }
    impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<I: Iterator> Iterator for Enumerate<I> { type Item = (usize, I::Item); fn next(&mut self) -> Option<(usize, I::Item)>; }
    impl<I: Iterator> Iterator for Take<I> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<I: Iterator> Iterator for Skip<I> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<I: Iterator> Iterator for Rev<I> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<I: Iterator> Iterator for Peekable<I> { type Item = I::Item; fn next(&mut self) -> Option<I::Item>; }
    impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> { type Item = (A::Item, B::Item); fn next(&mut self) -> Option<(A::Item, B::Item)>; }
    impl<'a, T: 'a + Clone, I: Iterator<Item = &'a T>> Iterator for Cloned<I> { type Item = T; fn next(&mut self) -> Option<T>; }
    impl<'a, T: 'a + Copy, I: Iterator<Item = &'a T>> Iterator for Copied<I> { type Item = T; fn next(&mut self) -> Option<T>; }
    impl<A: Step> Iterator for crate::ops::Range<A> { type Item = A; fn next(&mut self) -> Option<A>; }
    impl<A: Step> Iterator for crate::ops::RangeInclusive<A> { type Item = A; fn next(&mut self) -> Option<A>; }
    impl<A: Step> Iterator for crate::ops::RangeFrom<A> { type Item = A; fn next(&mut self) -> Option<A>; }
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
    impl<K, V> HashMap<K, V> {
        pub fn new() -> HashMap<K, V>;
        pub fn insert(&mut self, k: K, v: V) -> Option<V>;
        pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V> where K: crate::borrow::Borrow<Q>;
        pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool where K: crate::borrow::Borrow<Q>;
        pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V> where K: crate::borrow::Borrow<Q>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
    }
    pub struct HashSet<T>(T);
    impl<T> HashSet<T> {
        pub fn new() -> HashSet<T>;
        pub fn insert(&mut self, value: T) -> bool;
        pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: crate::borrow::Borrow<Q>;
        pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: crate::borrow::Borrow<Q>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
    }
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
    impl<'a> Formatter<'a> {
        pub fn write_str(&mut self, data: &str) -> Result;
        pub fn write_fmt(&mut self, fmt: Arguments<'_>) -> Result;
        pub fn pad(&mut self, s: &str) -> Result;
        pub fn width(&self) -> Option<usize>;
        pub fn precision(&self) -> Option<usize>;
        pub fn fill(&self) -> char;
        pub fn alternate(&self) -> bool;
        pub fn sign_plus(&self) -> bool;
        pub fn sign_minus(&self) -> bool;
        pub fn sign_aware_zero_pad(&self) -> bool;
    }
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
