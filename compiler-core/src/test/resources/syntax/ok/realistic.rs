use std::collections::HashMap;
use std::fmt::{self, Display};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Token {
    Num(i64),
    Op(char),
    LParen,
    RParen,
}

pub struct Lexer<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Lexer { chars: src.chars().peekable() }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        while let Some(&c) = self.chars.peek() {
            if c.is_whitespace() {
                self.chars.next();
                continue;
            }
            return Some(match c {
                '0'..='9' => {
                    let mut n = 0i64;
                    while let Some(d) = self.chars.peek().and_then(|c| c.to_digit(10)) {
                        n = n * 10 + d as i64;
                        self.chars.next();
                    }
                    Token::Num(n)
                }
                '(' => { self.chars.next(); Token::LParen }
                ')' => { self.chars.next(); Token::RParen }
                op @ ('+' | '-' | '*' | '/') => {
                    self.chars.next();
                    Token::Op(op)
                }
                other => panic!("unexpected {other:?}"),
            });
        }
        None
    }
}

impl Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Token::Num(n) => write!(f, "{}", n),
            Token::Op(c) => write!(f, "{c}"),
            Token::LParen => f.write_str("("),
            Token::RParen => f.write_str(")"),
        }
    }
}

trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("area {:.2}", self.area())
    }
}

struct Circle { r: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { std::f64::consts::PI * self.r * self.r }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

fn count_words(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let tokens: Vec<Token> = Lexer::new("1 + (2 * 3)").collect();
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 })];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    let n: i32 = "42".parse()?;
    let arr = [3, 1, 2];
    let mut sorted = arr.to_vec();
    sorted.sort_by(|a, b| b.cmp(a));
    let label = if total > 1.0 && n != 0 { "big" } else { "small" };
    let idx = sorted.iter().position(|&x| x == 2).unwrap_or(usize::MAX);
    let slice = &sorted[..idx.min(sorted.len())];
    println!("{:?} {} {} {:?} {}", tokens, total, label, slice, largest(&arr).unwrap());
    let counts = count_words("a b a");
    assert_eq!(counts["a"], 2);
    let mut i = 0u8;
    let r = loop {
        i = i.wrapping_add(1);
        if i % 7 == 0 { break i as u32 * 2; }
    };
    let closure = move |x: u32| -> u32 { x + r };
    let _ = closure(1);
    Ok(())
}
