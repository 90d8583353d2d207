#![cfg_attr(test, allow(unused))]
// plain comment

/// Doc for S.
/// More docs.
#[derive(Debug, Clone, PartialEq)]
#[repr(C)]
pub struct S {
    /// field doc
    #[serde(rename = "x")]
    x: i32,
}

/* block /* nested */ comment */
/** outer block doc */
#[cfg(test)]
mod tests {
    #[test]
    fn t() {
        #[allow(unused_variables)]
        let x = 1;
        #[cfg(feature = "x")]
        f();
    }
}

#[inline(always)]
#[unsafe(no_mangle)]
#[doc = "docs"]
fn g(#[allow(unused)] x: i32) {}

enum E {
    #[default]
    A,
    /// doc
    B,
}
