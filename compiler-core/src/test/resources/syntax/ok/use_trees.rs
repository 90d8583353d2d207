use std::collections::HashMap;
use std::io::{self, Read, Write as W};
use crate::a::b::*;
use super::{x, y::{z, w as _}};
use self::m;
use ::std::fmt;
use {a, b};
pub use crate::inner::Thing as Other;
use std::{
    sync::{Arc, Mutex},
    *,
};
