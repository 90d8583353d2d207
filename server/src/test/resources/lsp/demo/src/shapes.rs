use crate::area;

pub struct Rect {
    pub w: i64,
    pub h: i64,
}

pub enum Shape {
    Square(i64),
    Rectangle { w: i64, h: i64 },
}

pub fn rect_area(r: &Rect) -> i64 {
    area(r.w, r.h)
}

pub fn square(s: i64) -> i64 {
    let _label = "größe 📐";
    let r = Rect { w: s, h: s };
    rect_area(&r)
}

pub fn shape_area(shape: Shape) -> i64 {
    match shape {
        Shape::Square(s) => square(s),
        Shape::Rectangle { w, h } => area(w, h),
    }
}
